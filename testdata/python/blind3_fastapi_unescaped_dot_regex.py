import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from zenmetrics.api.v1 import api_router
from zenmetrics.core.config import settings

logging.basicConfig(level=settings.LOG_LEVEL)

app = FastAPI(title=settings.PROJECT_NAME, openapi_url=f"{settings.API_V1_STR}/openapi.json")

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex="https://(admin|app).zenmetrics.io",  # want CORS001
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(api_router, prefix=settings.API_V1_STR)
