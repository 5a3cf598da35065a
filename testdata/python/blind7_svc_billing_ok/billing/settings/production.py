from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["billing.ferrocart.com"]

CORS_ALLOWED_ORIGINS = [
    "https://ferrocart.com",
    "https://www.ferrocart.com",
]
CORS_ALLOW_CREDENTIALS = True
CSRF_TRUSTED_ORIGINS = CORS_ALLOWED_ORIGINS
