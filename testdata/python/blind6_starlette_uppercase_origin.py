from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=[
        "https://portal.wrenbank.com",
        "https://Partners.wrenbank.com",  # want CORS011
    ],
    allow_methods=["GET"],
)
