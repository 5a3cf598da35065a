from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

origins = [
    "https://dashboard.acme.net",
    "https://acme.net/",  # want CORS011
]

app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET"])
