from corsheaders.defaults import default_headers

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGINS = ["https://spa.example.com"]
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOW_HEADERS = list(default_headers) + ["x-api-key"]
CORS_EXPOSE_HEADERS = ["Content-Disposition", "X-CSRFToken"]  # want CORS013
CORS_PREFLIGHT_MAX_AGE = 600
