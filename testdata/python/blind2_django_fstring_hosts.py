import os

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False

# localhost stays for the container health check
ALLOWED_HOSTS = [
    "api.acme.com",
    "localhost",
]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "corsheaders",
    "billing",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]  # want CORS007
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 1800
