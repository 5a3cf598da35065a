import re

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware

app = FastAPI()

# fullmatch in Starlette, so no anchors are needed here
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://(www\.)?acme-shop\.com",
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
