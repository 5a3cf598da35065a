INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.pollen\.garden$"]  # want CORS006
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 1200
