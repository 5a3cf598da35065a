import re

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

DOMAIN = "acme.com"

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=rf"https://(app|www)\.{re.escape(DOMAIN)}",
)
