from corsheaders.defaults import default_headers

INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_ALLOWED_ORIGINS = ["https://portal.emberline.com"]
CORS_ALLOW_HEADERS = (*default_headers, "x-api-key", "x-session-token")
CORS_PREFLIGHT_MAX_AGE = 1200
