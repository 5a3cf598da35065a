from fastapi.middleware.cors import CORSMiddleware

from app.config import settings


def get_cors_origins() -> list[str]:
    if settings.ENVIRONMENT == "development":
        return [
            "http://localhost:3000",
        ]
    return [
        "https://app.example.com",
    ]


def get_cors_origin_regex() -> str:
    # Vercel preview deployments.
    return r"https://.*\.vercel\.app"  # want CORS001


def install(app) -> None:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=get_cors_origins(),
        allow_origin_regex=get_cors_origin_regex(),
        allow_credentials=True,
    )
