INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 3600
CORS_ALLOWED_ORIGINS = [
    "https://Portal.acme.com",  # want CORS011
    "https://acme.com:443",  # want CORS011
    "https://www.acme.com",
]
