import os

MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOW_ALL_ORIGINS = os.getenv("CORS_ALLOW_ALL", "false").lower() == "true"
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
CORS_PREFLIGHT_MAX_AGE = 600
