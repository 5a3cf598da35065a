import os

PARTNER_HOST = "portal.harborline.org"

INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

CORS_ALLOWED_ORIGINS = [
    f"https://{PARTNER_HOST}",
    f"http://{PARTNER_HOST}",  # want CORS001
]
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 300
