import logging

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware

from .proxy import forward

logger = logging.getLogger(__name__)

app = FastAPI(title="edge-gateway")

app.add_middleware(TrustedHostMiddleware, allowed_hosts=["gw.example.com"])
app.add_middleware(
    CORSMiddleware,
    # any of our product subdomains
    allow_origin_regex=r"https://.*\.example\.com",  # want CORS006
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)


@app.api_route("/{path:path}", methods=["GET", "POST", "PUT", "DELETE"])
async def proxy(path: str, request: Request):
    return await forward(path, request)
