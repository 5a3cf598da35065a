from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://app\.bluegill\.io.*",  # want CORS004
    allow_methods=["GET", "POST"],
)
