"""Settings shared by every environment of the shop backend."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rest_framework",
    "corsheaders",
    "shop.catalog",
    "shop.orders",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

ROOT_URLCONF = "shop.urls"

# --- CORS: the storefront SPA and the per-merchant storefronts -------------
CORS_ALLOWED_ORIGINS = [
    "https://shop.example.com",
    "https://www.shop.example.com",
]
CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://\w+\.shop\.example\.com$",  # want CORS006
]
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 60 * 60 * 24  # want CORS012
CORS_EXPOSE_HEADERS = ["Content-Disposition", "X-CSRFToken"]  # want CORS013
CORS_URLS_REGEX = r"^/api/.*$"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
