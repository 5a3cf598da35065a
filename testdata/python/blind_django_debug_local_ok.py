import os

DEBUG = os.environ.get("DEBUG") == "true"

MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
if DEBUG:
    CORS_ALLOWED_ORIGINS += ["http://localhost:3000", "http://localhost:8080"]

CORS_PREFLIGHT_MAX_AGE = 600
