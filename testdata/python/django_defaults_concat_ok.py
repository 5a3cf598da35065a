from corsheaders.defaults import default_headers

MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
CORS_ALLOWED_ORIGINS += ["https://admin.example.com"]
CORS_ALLOW_HEADERS = (*default_headers, "x-request-id")
CORS_PREFLIGHT_MAX_AGE = 600
