import os

DEBUG = os.environ.get("DEBUG") == "1"
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOW_ALL_ORIGINS = DEBUG  # only in development
if not DEBUG:
    CORS_ALLOWED_ORIGINS = os.environ.get("CORS_ALLOWED_ORIGINS", "").split(",")
    CORS_ALLOW_CREDENTIALS = True
    CORS_PREFLIGHT_MAX_AGE = 600
