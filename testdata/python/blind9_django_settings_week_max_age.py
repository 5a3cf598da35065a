INSTALLED_APPS = ["corsheaders", "shop"]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGINS = (
    "https://shop.acme.com",
    "https://admin.acme.com",
)
CORS_PREFLIGHT_MAX_AGE = 60 * 60 * 24 * 7  # want CORS012
