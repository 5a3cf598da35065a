from corsheaders.defaults import default_headers

INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = ["https://reports.fernway.com"]
CORS_ALLOW_HEADERS = (*default_headers, "x-tenant-id")
CORS_EXPOSE_HEADERS = ["Content-Disposition", "X-Request-ID"]
CORS_PREFLIGHT_MAX_AGE = 1800
