"""Main ASGI app: the authenticated API plus a public, read-only status sub-app."""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from beacon.api import router as api_router
from beacon.status import router as status_router

# Public status page data, consumed by third-party dashboards.
status_app = FastAPI(openapi_url=None)
status_app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],  # want CORS008
    allow_methods=["GET"],
)
status_app.include_router(status_router)

app = FastAPI(title="beacon")
app.add_middleware(
    CORSMiddleware,
    allow_origins=[
        "https://beacon.watch",
        "http://beacon.watch",  # want CORS005
    ],
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-Beacon-Key"],
)
app.include_router(api_router, prefix="/api")
app.mount("/status", status_app)
