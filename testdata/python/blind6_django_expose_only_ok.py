INSTALLED_APPS = ["corsheaders", "reports"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = ("https://reports.fenwayanalytics.com",)
CORS_EXPOSE_HEADERS = ("Content-Disposition", "X-Report-Id")
CORS_PREFLIGHT_MAX_AGE = 0
