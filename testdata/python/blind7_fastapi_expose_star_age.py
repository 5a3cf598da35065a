from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(title="tiles")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://maps.terrawise.net"],
    expose_headers=["*"],  # want CORS014
    max_age=604800,  # want CORS012
)
