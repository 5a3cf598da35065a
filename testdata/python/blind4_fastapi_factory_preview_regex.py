from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .config import Settings, get_settings
from .db import engine


@asynccontextmanager
async def lifespan(app: FastAPI):
    yield
    await engine.dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(lifespan=lifespan, title="reviews")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        # PR preview deployments: pr-123.preview.reviewhub.net
        allow_origin_regex=r"https://.*\.preview\.reviewhub\.net",  # want CORS006
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    return app
