import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

origins = [o for o in os.getenv("SEARCH_CORS_ORIGINS", "http://localhost:5173").split(",") if o]

app.add_middleware(
    CORSMiddleware,
    allow_origins=origins,
    allow_origin_regex=r"https://search-pr-\d+\.preview\.example\.org",
    allow_credentials=True,
    allow_methods=["GET"],
    allow_headers=["Authorization"],
    max_age=600,
)
