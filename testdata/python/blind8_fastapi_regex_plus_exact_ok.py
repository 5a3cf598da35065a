from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.sablefin.com"],
    allow_origin_regex=r"https://(staging|qa)\.sablefin\.com",
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)
