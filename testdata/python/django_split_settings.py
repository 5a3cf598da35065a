# A split settings module: the middleware is listed in base.py.
from .base import *  # noqa

CORS_ALLOWED_ORIGINS = ["https://app.example.com"]  # want CORS012
CORS_ALLOW_CREDENTIALS = True
