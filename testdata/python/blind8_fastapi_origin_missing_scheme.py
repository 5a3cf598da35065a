from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["dashboard.tidepool.io"],  # want CORS011
    allow_credentials=True,
    allow_methods=["GET"],
)
