# Open data API: no cookies, no auth, read-only.
INSTALLED_APPS = ["corsheaders", "opendata"]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]
CORS_ALLOW_ALL_ORIGINS = True  # want CORS008
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
CORS_PREFLIGHT_MAX_AGE = 300
