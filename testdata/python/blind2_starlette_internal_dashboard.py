"""Metrics relay read by the Grafana instances on the office network."""
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

from relay.store import latest_samples

ORIGINS = [
    "https://grafana.corp.acme.com",
    "http://10.20.0.15:3000",  # want CORS007
]


async def samples(request):
    return JSONResponse(await latest_samples(limit=500))


routes = [Route("/samples", samples)]

middleware = [
    Middleware(CORSMiddleware, allow_origins=ORIGINS, allow_methods=["GET", "POST"]),
    Middleware(GZipMiddleware, minimum_size=1000),
]

app = Starlette(routes=routes, middleware=middleware)
