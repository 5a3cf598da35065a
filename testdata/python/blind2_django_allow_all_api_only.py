import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = [".opendata.example.gov"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "datasets",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",  # want CORS012
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]

ROOT_URLCONF = "opendata.urls"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 100,
}

# Open data: any site may read the public API.
CORS_URLS_REGEX = r"^/api/public/.*$"
CORS_ALLOW_ALL_ORIGINS = True  # want CORS008
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
