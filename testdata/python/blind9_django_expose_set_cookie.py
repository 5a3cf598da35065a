INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 3600
CORS_ALLOWED_ORIGINS = ["https://app.acme.com"]
CORS_EXPOSE_HEADERS = ["Content-Disposition", "Set-Cookie"]  # want CORS013
