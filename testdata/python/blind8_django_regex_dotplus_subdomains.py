INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://.+\.lattice\.so$"]  # want CORS006
CORS_PREFLIGHT_MAX_AGE = 3600
