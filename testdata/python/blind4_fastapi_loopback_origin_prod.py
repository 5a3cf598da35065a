import logging
import os

import sentry_sdk
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware

from app.api import router

sentry_sdk.init(dsn=os.getenv("SENTRY_DSN"), traces_sample_rate=0.1)
logging.basicConfig(level=logging.INFO)

ORIGINS = [
    "https://studio.example.com",
    "https://studio-beta.example.com",
    "http://127.0.0.1:8080",  # want CORS007
]

app = FastAPI()
app.add_middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com", "*.example.com"])
app.add_middleware(
    CORSMiddleware,
    allow_origins=ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
    expose_headers=["Set-Cookie", "X-Request-ID"],  # want CORS013
    max_age=7 * 24 * 60 * 60,  # want CORS012
)
app.include_router(router)
