# CorsMiddleware is not installed, so these settings do nothing.
MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
]
CORS_ALLOW_ALL_ORIGINS = True
