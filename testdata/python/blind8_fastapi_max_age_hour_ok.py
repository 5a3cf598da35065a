from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.ironbark.dev"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    max_age=3600,
)
