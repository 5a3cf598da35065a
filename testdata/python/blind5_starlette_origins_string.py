from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


class Settings:
    FRONTEND_URL = "https://app.example.com"  # want CORS004
    API_PREFIX = "/v1"


settings = Settings()
app = FastAPI(openapi_prefix=settings.API_PREFIX)

app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.FRONTEND_URL,
    allow_methods=["GET", "POST"],
)
