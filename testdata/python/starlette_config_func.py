"""CORS configuration."""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from config.env_config import settings


def get_cors_config():
    """Return the CORSMiddleware options."""
    allowed_origins = ["*"]  # want CORS001

    if settings.ENVIRONMENT == "production":
        # TODO: production origins
        pass

    return {
        "allow_origins": allowed_origins,
        "allow_credentials": True,
        "allow_methods": ["*"],
        "allow_headers": ["*"],
    }


def setup(app: FastAPI) -> None:
    app.add_middleware(CORSMiddleware, **get_cors_config())
