from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allowed_origins=["https://crm.saltmarsh.app"],  # want CORS021
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)
