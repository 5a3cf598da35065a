from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount

from .api import routes as api_routes

CORS_SETTINGS = {
    "allow_origins": ["https://maps.example.com", "https://embed.example.com"],
    "allow_methods": ["GET"],
    "expose_headers": ["*"],  # want CORS014
    "max_age": 60 * 60 * 24,  # want CORS012
}

app = Starlette(
    routes=[Mount("/api", routes=api_routes)],
    middleware=[Middleware(CORSMiddleware, **CORS_SETTINGS)],
)
