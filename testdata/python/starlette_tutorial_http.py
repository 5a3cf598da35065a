# The FastAPI tutorial list copied into a service unchanged.
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

origins = [
    "http://localhost.tiangolo.com",  # want CORS001
    "https://localhost.tiangolo.com",
    "http://localhost",  # want CORS007
    "http://localhost:8080",  # want CORS007
]

app.add_middleware(
    CORSMiddleware,
    allow_origins=origins,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
