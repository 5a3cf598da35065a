INSTALLED_APPS = ["corsheaders", "media"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = ["https://media.northpeak.tv"]
CORS_PREFLIGHT_MAX_AGE = 60 * 60 * 24 * 7  # want CORS012
