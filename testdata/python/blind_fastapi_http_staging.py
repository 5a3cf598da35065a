from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import items, users

app = FastAPI()
app.include_router(users.router)
app.include_router(items.router)

ALLOWED_ORIGINS = [
    "https://app.example.com",
    "http://staging.example.com",  # want CORS001
    "http://127.0.0.1:8000",  # want CORS007
]

app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)
