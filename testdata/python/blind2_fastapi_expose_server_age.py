"""Storefront API."""
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware

from .db import engine, init_models
from .routers import cart, catalog, checkout


@asynccontextmanager
async def lifespan(app: FastAPI):
    await init_models(engine)
    yield
    await engine.dispose()


app = FastAPI(lifespan=lifespan)

app.add_middleware(TrustedHostMiddleware, allowed_hosts=["api.shop.acme.com", "*.internal"])
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://shop.acme.com", "https://m.shop.acme.com"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-Cart-Id"],
    expose_headers=[  # want CORS013
        "X-Request-ID",
        "X-Powered-By",
        "Server-Timing",
    ],
    max_age=86400,  # want CORS012
)


@app.middleware("http")
async def powered_by(request: Request, call_next):
    response = await call_next(request)
    response.headers["X-Powered-By"] = "acme-shop/4.2"
    return response


app.include_router(catalog.router)
app.include_router(cart.router)
app.include_router(checkout.router)
