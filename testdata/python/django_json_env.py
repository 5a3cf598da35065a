import json
import os

MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = json.loads(
    os.environ.get("CORS_ALLOWED_ORIGINS", '["https://app.example.com", "http://app.example.com"]')  # want CORS005
)
CORS_PREFLIGHT_MAX_AGE = 300
