from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["www.example.com", "example.com"]

CORS_ALLOWED_ORIGINS = [
    "https://www.example.com",
    "https://example.com",
    "http://example.com",  # want CORS001
]
