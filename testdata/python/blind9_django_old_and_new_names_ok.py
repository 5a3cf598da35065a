INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 3600
# legacy name kept for the 2.x deploy; the new name takes precedence
CORS_ORIGIN_WHITELIST = ["http://legacy.acme.com"]
CORS_ALLOWED_ORIGINS = ["https://app.acme.com"]
