import logging

import uvicorn
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

logging.basicConfig(level=logging.INFO)

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex="https://(app|admin).acme.com",  # want CORS004
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type"],
)


@app.get("/api/catalog")
async def catalog():
    return {"items": []}


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8080)
