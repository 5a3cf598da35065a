import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

ORIGINS = [
    "https://www.harvestloop.com",
    "https://harvestloop.com",
    "http://partners.harvestloop.com",  # want CORS005
]

app.add_middleware(CORSMiddleware, allow_origins=ORIGINS, allow_methods=["GET", "POST"])
