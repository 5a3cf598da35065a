from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.api import router

app = FastAPI()
app.include_router(router, prefix="/api")

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex="https://app.cobaltpay.com|https://merchant.cobaltpay.com",  # want CORS001
    allow_credentials=True,
)
