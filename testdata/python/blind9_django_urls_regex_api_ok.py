INSTALLED_APPS = ["corsheaders", "catalog"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOWED_ORIGINS = ["https://catalog.acme.com"]
CORS_PREFLIGHT_MAX_AGE = 3600
CORS_EXPOSE_HEADERS = ["Content-Disposition"]
