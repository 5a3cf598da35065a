INSTALLED_APPS = [
    "django.contrib.staticfiles",
    "corsheaders",
]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",  # want CORS012
    "django.middleware.common.CommonMiddleware",
]
CORS_ALLOWED_ORIGINS = ["https://app.meadow.dev"]
