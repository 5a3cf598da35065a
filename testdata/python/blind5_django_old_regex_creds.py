# settings.py (project started on django-cors-headers 2.x, never renamed)
import os

SECRET_KEY = os.environ.get("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = [".example.com"]

INSTALLED_APPS = (
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "corsheaders",
    "tastypie",
)

MIDDLEWARE = (
    "corsheaders.middleware.CorsMiddleware",  # want CORS012
    "django.middleware.common.CommonMiddleware",
)

CORS_ORIGIN_ALLOW_ALL = False
CORS_ORIGIN_REGEX_WHITELIST = (r"^(https?://)?(\w+\.)?example\.com$",)  # want CORS001 CORS006
CORS_ALLOW_CREDENTIALS = True
