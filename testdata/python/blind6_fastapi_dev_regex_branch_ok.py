from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.core.config import settings

app = FastAPI(title=settings.PROJECT_NAME)

cors_kwargs = {
    "allow_origins": ["https://web.loomfield.io"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type"],
}
if settings.ENVIRONMENT == "development":
    cors_kwargs["allow_origin_regex"] = r"http://localhost:\d+"

app.add_middleware(CORSMiddleware, **cors_kwargs)
