from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://acme.com"],
    allow_origin_regex=".*",  # want CORS001
    allow_credentials=True,
)
