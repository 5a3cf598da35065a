import os

DEBUG = os.getenv("DJANGO_DEBUG") == "1"
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "corsheaders", "shop"]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

# Storefront and back-office, nothing else.  django-cors-headers uses re.match,
# so both anchors are written out.
CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://(shop|backoffice)\.example\.de$",
]
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 3600
