INSTALLED_APPS = ["django.contrib.auth", "corsheaders", "orders"]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]
CORS_PREFLIGHT_MAX_AGE = 600
CORS_ALLOWED_ORIGINS = []
