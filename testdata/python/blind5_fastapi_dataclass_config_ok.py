"""Inventory service entrypoint.

Config is a frozen dataclass so it can be hashed into the lru_cache below.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

log = logging.getLogger("inventory")


@dataclass(frozen=True)
class SecurityConfig:
    cors_origins: tuple[str, ...] = (
        "https://inventory.acme-corp.com",
        "https://ops.acme-corp.com",
    )
    cors_max_age: int = 900
    session_cookie: str = "inv_session"
    trusted_proxies: tuple[str, ...] = field(default_factory=lambda: ("10.0.0.0/8",))


@lru_cache
def get_security() -> SecurityConfig:
    return SecurityConfig()


cfg = get_security()

app = FastAPI(title="inventory", docs_url=None, redoc_url=None)
app.add_middleware(GZipMiddleware, minimum_size=1024)
app.add_middleware(
    CORSMiddleware,
    allow_origins=list(cfg.cors_origins),
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
    max_age=cfg.cors_max_age,
)


@app.get("/items/{sku}")
async def get_item(sku: str, sec: SecurityConfig = Depends(get_security)):
    log.info("lookup %s", sku)
    return {"sku": sku, "cookie": sec.session_cookie}
