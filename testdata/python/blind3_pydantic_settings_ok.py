"""Runtime configuration for the brightloop API (pydantic-settings v2)."""
from functools import lru_cache

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic import Field, PostgresDsn
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BRIGHTLOOP_", env_file=".env")

    database_url: PostgresDsn
    redis_url: str = "redis://redis:6379/0"
    cors_allow_origins: list[str] = Field(
        default_factory=lambda: ["https://app.brightloop.dev"]
    )
    cors_max_age: int = 900


@lru_cache
def get_settings() -> Settings:
    return Settings()


def build_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI()
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_allow_origins,
        allow_credentials=True,
        allow_methods=["GET", "POST"],
        allow_headers=["Authorization", "Content-Type"],
        max_age=settings.cors_max_age,
    )
    return app
