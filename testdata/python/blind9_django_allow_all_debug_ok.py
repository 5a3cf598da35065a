from corsheaders.defaults import default_headers

DEBUG = False
INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 3600
CORS_ALLOW_ALL_ORIGINS = DEBUG
CORS_ALLOWED_ORIGINS = ["https://app.acme.com"]
CORS_ALLOW_HEADERS = (*default_headers, "x-tenant-id")
