from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.settings import settings

app = FastAPI(title="ledger")

# Preview deployments get their own hosts, read from the settings module.
app.add_middleware(
    CORSMiddleware,
    allow_origins=[
        "https://ledger.example.org",
        "http://localhost:8080",  # want CORS007
    ],
    allow_origin_regex=settings.PREVIEW_ORIGIN_REGEX if settings.PREVIEWS else None,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)
