INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 3600
CORS_ORIGIN_ALLOW_ALL = True  # want CORS008
