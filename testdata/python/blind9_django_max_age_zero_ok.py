INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
# zero disables the Access-Control-Max-Age header entirely
CORS_PREFLIGHT_MAX_AGE = 0
CORS_ALLOWED_ORIGINS = ["https://acme.com"]
