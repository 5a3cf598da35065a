from .base import *  # noqa

DEBUG = True
SECRET_KEY = "insecure-not-for-production"
ALLOWED_HOSTS = ["*"]

CORS_ALLOWED_ORIGINS = ["http://localhost:3000", "http://127.0.0.1:3000"]
CORS_ALLOW_CREDENTIALS = True
