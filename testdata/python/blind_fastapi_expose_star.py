from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://files.example.com"],
    allow_methods=["GET"],
    expose_headers=["*"],  # want CORS014
)
