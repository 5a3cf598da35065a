import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=os.getenv("CORS_ORIGINS", "*").split(","),  # want CORS001
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
