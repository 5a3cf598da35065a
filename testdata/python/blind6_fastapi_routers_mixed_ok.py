"""HTTP entrypoint for the ledger service.

Run with: uvicorn ledger.main:app --proxy-headers
"""
from __future__ import annotations

import logging
import os
import time

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.responses import JSONResponse

from ledger.api import accounts, journal, reports
from ledger.db import engine

logger = logging.getLogger("ledger")
logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))

app = FastAPI(title="Ledger", openapi_url="/internal/openapi.json")

# Only the two first-party frontends talk to us from a browser.
FRONTENDS = (
    "https://books.northwind-ledger.com",
    "https://admin.northwind-ledger.com",
)

app.add_middleware(TrustedHostMiddleware, allowed_hosts=["*.northwind-ledger.com"])
app.add_middleware(
    CORSMiddleware,
    allow_origins=FRONTENDS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
    expose_headers=["X-Request-ID", "Content-Disposition"],
    max_age=3600,
)


@app.middleware("http")
async def timing(request: Request, call_next):
    started = time.perf_counter()
    response = await call_next(request)
    response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
    return response


@app.exception_handler(RequestValidationError)
async def validation_handler(request: Request, exc: RequestValidationError):
    return JSONResponse({"detail": exc.errors()}, status_code=422)


@app.on_event("shutdown")
def dispose_engine() -> None:
    engine.dispose()


app.include_router(accounts.router, prefix="/accounts")
app.include_router(journal.router, prefix="/journal")
app.include_router(reports.router, prefix="/reports")
