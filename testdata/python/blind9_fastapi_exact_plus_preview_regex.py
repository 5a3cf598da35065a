from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://acme.com"],
    allow_origin_regex=r"https://.*\.preview\.acme\.com",  # want CORS006
    allow_methods=["GET", "POST"],
)
