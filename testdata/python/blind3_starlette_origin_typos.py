from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from orbitpay.api import router

app = FastAPI(title="OrbitPay merchant API")

app.add_middleware(
    CORSMiddleware,
    allow_origins=[
        "https://orbitpay.com",
        "https://Dashboard.orbitpay.com",  # want CORS011
        "https://api-docs.orbitpay.com:443",  # want CORS011
    ],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type", "Idempotency-Key"],
    max_age=86400,  # want CORS012
)
app.include_router(router, prefix="/v1")
