from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

CORS_CONFIG = {
    "allow_origins": ["https://acme.com"],
    "allow_methods": ["GET", "POST"],
    "max_age": 7200,  # want CORS012
}

app = Starlette(middleware=[Middleware(CORSMiddleware, **CORS_CONFIG)])
