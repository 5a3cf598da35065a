from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(title="accounts")

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex="https://(app|admin).example.com",  # want CORS001
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)


@app.get("/me")
async def me():
    return {"user": "x"}
