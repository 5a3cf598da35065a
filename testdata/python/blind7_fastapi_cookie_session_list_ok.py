"""Session-cookie API behind the marketing site and the app."""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI(openapi_url=None)
app.add_middleware(SessionMiddleware, secret_key="${SESSION_SECRET}", https_only=True)
app.add_middleware(
    CORSMiddleware,
    allow_origins=("https://fernhollow.com", "https://app.fernhollow.com"),
    allow_credentials=True,
    allow_headers=["content-type", "x-csrftoken"],
    expose_headers=["x-request-id"],
    max_age=3600,
)
