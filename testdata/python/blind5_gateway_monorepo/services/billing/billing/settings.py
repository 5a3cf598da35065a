import os

SECRET_KEY = os.environ["BILLING_SECRET"]
DEBUG = False
ALLOWED_HOSTS = ["billing.example.com"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "corsheaders",
    "billing.invoices",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",  # want CORS012
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGINS = [
    "https://app.example.com",
    "https://billing.example.com",
]
CORS_ALLOW_CREDENTIALS = True
