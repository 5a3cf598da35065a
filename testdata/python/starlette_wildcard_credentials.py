# Starlette echoes the origin for '*' when the request carries cookies.
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],  # want CORS001
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
