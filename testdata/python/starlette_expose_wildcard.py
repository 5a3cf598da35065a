from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware as Cors

app = FastAPI()
app.add_middleware(
    Cors,
    allow_origins=["https://app.example.com"],
    expose_headers=["*"],  # want CORS014
)
