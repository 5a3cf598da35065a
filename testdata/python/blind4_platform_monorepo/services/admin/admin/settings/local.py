from .base import *  # noqa

DEBUG = True
CORS_ALLOWED_ORIGINS = CORS_ALLOWED_ORIGINS + [
    "http://localhost:5173",
    "http://192.168.0.42:5173",
]
