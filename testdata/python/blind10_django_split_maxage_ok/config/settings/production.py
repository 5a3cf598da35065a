from .base import *  # noqa: F401,F403

DEBUG = False
CORS_ALLOWED_ORIGINS = [
    "https://orders.pinecrest.io",
]
CORS_ALLOW_CREDENTIALS = True
