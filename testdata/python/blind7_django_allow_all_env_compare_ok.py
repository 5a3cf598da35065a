import os

INSTALLED_APPS = ["corsheaders", "feeds"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOW_ALL_ORIGINS = os.getenv("CORS_ALLOW_ALL", "False") == "True"
CORS_ALLOWED_ORIGINS = ["https://feeds.lindenhall.org"]
CORS_PREFLIGHT_MAX_AGE = 1800
