"""Tenant dashboards live on <tenant>.hivecount.com; the regex is built from the apex."""
import re

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

APEX_DOMAIN = "hivecount.com"

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=rf"https://([a-z0-9-]+\.)?{re.escape(APEX_DOMAIN)}",  # want CORS006
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)
