from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

ALLOWED = ["https://app.ostrava-labs.cz", "https://www.ostrava-labs.cz"]

cors_kwargs = dict(
    allow_origins=ALLOWED,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app = FastAPI()
app.add_middleware(CORSMiddleware, **cors_kwargs)
