from corsheaders.defaults import default_methods

INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = ["https://app.fjord.no"]
CORS_ALLOW_METHODS = [*default_methods, "HEAD"]
CORS_EXPOSE_HEADERS = ["X-Total-Count"]
CORS_PREFLIGHT_MAX_AGE = 3600
