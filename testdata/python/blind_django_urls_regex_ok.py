INSTALLED_APPS = ["django.contrib.auth", "corsheaders"]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

# CORS only on the public API, not on the admin.
CORS_URLS_REGEX = r"^/api/v\d+/.*$"
CORS_ALLOWED_ORIGINS = (
    "https://www.example.com",
    "https://m.example.com",
)
CORS_ALLOW_METHODS = ("GET", "OPTIONS")
CORS_PREFLIGHT_MAX_AGE = 3600
