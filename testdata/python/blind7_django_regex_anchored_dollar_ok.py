INSTALLED_APPS = ["corsheaders", "tickets"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://(help|status)\.ravenstack\.com$",
]
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 3600
CORS_EXPOSE_HEADERS = ["X-Pagination-Next"]
