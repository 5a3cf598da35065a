from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

FRONTEND_URL = "https://app.lumenforge.ai/"  # want CORS011

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=[FRONTEND_URL],
    allow_methods=["GET", "POST"],
)
