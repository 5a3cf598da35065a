INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 3600
CORS_ALLOWED_ORIGIN_REGEXES = (r"^https://(\w+\.)?acme\.com$",)  # want CORS006
