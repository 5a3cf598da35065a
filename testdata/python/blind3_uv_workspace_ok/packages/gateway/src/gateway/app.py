import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from gateway.routes import proxy_router

app = FastAPI(title="gateway")

# Comma separated list; the default only exists for `uv run gateway` on a laptop.
_origins = os.environ.get("GATEWAY_ALLOWED_ORIGINS", "http://localhost:3000").split(",")

app.add_middleware(
    CORSMiddleware,
    allow_origins=[o.strip() for o in _origins if o.strip()],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
    allow_headers=["Authorization", "Content-Type", "X-Trace-Id"],
)
app.include_router(proxy_router)
