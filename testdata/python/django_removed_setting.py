MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
CORS_PREFLIGHT_MAX_AGE = 600
CORS_REPLACE_HTTPS_REFERER = True  # want CORS021
