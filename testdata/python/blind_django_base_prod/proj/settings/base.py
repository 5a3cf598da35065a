INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGINS = [
    "https://app.example.com",
    "http://app.example.com",  # want CORS001
]
CORS_PREFLIGHT_MAX_AGE = 600
