from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .settings.staging import CORS_ORIGINS

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=CORS_ORIGINS, allow_methods=["GET", "POST"])
