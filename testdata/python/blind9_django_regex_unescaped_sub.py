INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 1800
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://app.acme.com$"]  # want CORS004
