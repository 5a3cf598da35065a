import os

MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"

CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
CORS_ALLOWED_ORIGINS.append("http://localhost:3000")  # want CORS007
if DEBUG:
    CORS_ALLOWED_ORIGINS.extend(["http://localhost:5173", "http://127.0.0.1:5173"])
CORS_PREFLIGHT_MAX_AGE = 600
