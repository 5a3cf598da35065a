from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.settings import settings

app = FastAPI(title="ledger")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://ledger.example.org", "https://admin.ledger.example.org"],
    allow_origin_regex=settings.PREVIEW_ORIGIN_REGEX,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)
