import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://console.meridianhq.com"],
    allow_methods=["GET", "POST", "DELETE"],
    max_age=int(os.getenv("CORS_MAX_AGE", "7200")),  # want CORS012
)
