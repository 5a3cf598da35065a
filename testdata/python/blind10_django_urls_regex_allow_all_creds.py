INSTALLED_APPS = ["corsheaders", "api"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

# Only the API is cross-origin.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True  # want CORS001
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 600
