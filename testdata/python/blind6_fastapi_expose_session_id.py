from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://studio.pixelmint.app"],
    allow_methods=["GET", "POST"],
    expose_headers=["ETag", "X-Session-Id"],  # want CORS013
)
