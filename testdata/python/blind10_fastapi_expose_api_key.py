from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://keys.brightwing.dev"],
    allow_methods=["GET", "POST"],
    expose_headers=["X-Request-ID", "X-API-Key"],  # want CORS013
)
