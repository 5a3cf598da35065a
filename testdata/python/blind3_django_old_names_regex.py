# shopwave/settings.py (project started on django-cors-headers 2.x)
import os

SECRET_KEY = os.getenv("SECRET_KEY")
DEBUG = False

INSTALLED_APPS = (
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "corsheaders",
    "shopwave.catalog",
    "shopwave.cart",
)

MIDDLEWARE = (
    "corsheaders.middleware.CorsMiddleware",  # want CORS012
    "django.middleware.common.CommonMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
)

CORS_ORIGIN_ALLOW_ALL = False
CORS_ORIGIN_REGEX_WHITELIST = (
    r"^(https?://)?(\w+\.)?shopwave\.com$",  # want CORS001 CORS006
)
CORS_ALLOW_CREDENTIALS = True
