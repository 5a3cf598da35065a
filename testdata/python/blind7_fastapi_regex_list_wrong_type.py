from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://studio.lumenforge.com"],
    allow_origin_regex=[r"https://.*\.lumenforge\.com"],  # want CORS021
    allow_credentials=True,
)
