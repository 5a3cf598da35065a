import environ

env = environ.Env()

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "corsheaders",
    "orders",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGINS = ["https://shop.velvetmoth.com"]
CORS_PREFLIGHT_MAX_AGE = 3600
