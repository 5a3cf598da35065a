INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 600
CORS_ALLOWED_ORIGINS = ["https://acme.com", "https://admin.acme.com"]
CORS_ALLOW_METHODS = ["GET", "POST", "OPTIONS"]
