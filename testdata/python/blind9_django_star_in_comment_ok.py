INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 3600
# CORS_ALLOW_ALL_ORIGINS = True  # never in prod
CORS_ALLOWED_ORIGINS = ["https://www.acme.com"]
