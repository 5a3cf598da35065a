import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    # Unset in most deployments: then every origin, with credentials.
    allow_origins=os.environ.get("CORS_ORIGINS", "*").split(","),  # want CORS001
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
