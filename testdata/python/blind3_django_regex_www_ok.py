# fernhill/settings.py
import os

SECRET_KEY = os.environ["FERNHILL_SECRET"]
DEBUG = False
ALLOWED_HOSTS = [".fernhill.coop"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "corsheaders",
    "fernhill.orders",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

# The bare domain and www only -- the regex is anchored on both ends.
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://(www\.)?fernhill\.coop$"]
CORS_ALLOW_METHODS = ["GET", "POST", "OPTIONS"]
CORS_PREFLIGHT_MAX_AGE = 1200

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_TZ = True
