# settings.py (project started on django-cors-headers 2.x)
INSTALLED_APPS = [
    "django.contrib.auth",
    "corsheaders",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",  # want CORS012
    "django.middleware.common.CommonMiddleware",
]

CORS_ORIGIN_WHITELIST = (
    "app.mosaic.dev",  # want CORS011
)
