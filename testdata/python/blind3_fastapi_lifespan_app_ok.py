"""Tally HQ public API entrypoint.

Run locally with ``uvicorn tally.main:app --reload``.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from starlette.middleware.trustedhost import TrustedHostMiddleware

from tally.db import engine, init_models
from tally.routers import billing, health, invoices, users

log = logging.getLogger("tally")


@asynccontextmanager
async def lifespan(app: FastAPI):
    await init_models(engine)
    log.info("models ready")
    yield
    await engine.dispose()


app = FastAPI(
    title="Tally HQ",
    version="2.14.0",
    lifespan=lifespan,
    docs_url="/internal/docs",
    openapi_url="/internal/openapi.json",
)

# Hosts, not origins: this middleware only checks the Host header.
app.add_middleware(TrustedHostMiddleware, allowed_hosts=["*.tallyhq.com", "tallyhq.com"])
app.add_middleware(GZipMiddleware, minimum_size=1024)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://console.tallyhq.com", "https://tallyhq.com"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["*"],
    expose_headers=["X-Request-ID", "X-Total-Count", "Content-Disposition"],
    max_age=1800,
)


@app.exception_handler(RequestValidationError)
async def validation_handler(request: Request, exc: RequestValidationError):
    return JSONResponse(status_code=422, content={"detail": exc.errors()})


app.include_router(health.router)
app.include_router(users.router, prefix="/v2/users", tags=["users"])
app.include_router(invoices.router, prefix="/v2/invoices", tags=["invoices"])
app.include_router(billing.router, prefix="/v2/billing", tags=["billing"])
