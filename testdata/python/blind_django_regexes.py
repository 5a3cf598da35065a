MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://\w+\.example\.com$",  # want CORS006
    r"^https://example.com",  # want CORS004
]
CORS_PREFLIGHT_MAX_AGE = 3600
