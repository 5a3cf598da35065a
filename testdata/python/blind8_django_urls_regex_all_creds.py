INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_URLS_REGEX = r"^/public/.*$"
CORS_ALLOW_ALL_ORIGINS = True  # want CORS001
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 600
