# opendata/settings/base.py -- public open-data portal
import os

SECRET_KEY = os.environ.get("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = ["data.rivertown.gov"]

INSTALLED_APPS = [
    "django.contrib.staticfiles",
    "corsheaders",
    "opendata.datasets",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

# The datasets API is public; the admin and uploads are not cross-origin.
CORS_URLS_REGEX = r"^/api/public/.*$"
CORS_ALLOW_ALL_ORIGINS = True  # want CORS008
CORS_ALLOW_METHODS = ("GET", "OPTIONS")
CORS_PREFLIGHT_MAX_AGE = 60 * 60 * 24 * 7  # want CORS012
