# A settings value with a literal fallback: when the setting is empty, every
# origin is allowed, with credentials (Starlette echoes it).
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .config import settings


def apply_cors(app: FastAPI) -> None:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.allowed_origins or ["*"],  # want CORS001
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )
