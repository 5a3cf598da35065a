INSTALLED_APPS = ["corsheaders", "api"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

CORS_ALLOW_ALL_ORIGINS = True  # want CORS001
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 300
