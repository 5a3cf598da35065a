INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 3600
CORS_ALLOWED_ORIGINS = [
    "https://kiosk.acme.com",
    "null",  # want CORS003
]
