"""Django settings for the helpdesk project (production)."""
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["helpdesk.acme.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "tickets",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

DATABASES = {"default": dj_database_url.config(conn_max_age=600)}

# CORS: the widget is embedded on customer subdomains
CORS_ALLOWED_ORIGINS = ["https://acme.com"]
CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://.*\.acme\.com",  # want CORS004
]
CORS_PREFLIGHT_MAX_AGE = 600

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
