"""Orders service HTTP entrypoint."""
from __future__ import annotations

import logging

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .routers import carts, orders, payments
from .deps import get_current_user

log = logging.getLogger("orders")

app = FastAPI(title="orders", version="2.3.1", docs_url=None, redoc_url=None)

app.add_middleware(GZipMiddleware, minimum_size=1024)

# Storefronts live on many brand domains that all end in shopcart.com
# (eu.shopcart.com, us.shopcart.com, ...), plus the apex.
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://.*shopcart\.com",  # want CORS001
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type", "X-Idempotency-Key"],
    max_age=1800,
)

app.include_router(carts.router, prefix="/carts", dependencies=[Depends(get_current_user)])
app.include_router(orders.router, prefix="/orders", dependencies=[Depends(get_current_user)])
app.include_router(payments.router, prefix="/payments")


@app.get("/healthz", include_in_schema=False)
async def healthz() -> dict[str, str]:
    return {"status": "ok"}
