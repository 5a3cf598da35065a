from corsheaders.defaults import default_headers

INSTALLED_APPS = ["corsheaders", "publicapi"]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

# Public read-only API, authenticated by API key header, no cookies.
CORS_URLS_REGEX = r"^/v1/.*$"
CORS_ORIGIN_ALLOW_ALL = True  # want CORS008
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
CORS_ALLOW_HEADERS = list(default_headers) + ["x-api-key"]
CORS_PREFLIGHT_MAX_AGE = 1800
