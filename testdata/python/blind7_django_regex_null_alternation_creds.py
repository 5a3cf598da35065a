INSTALLED_APPS = ["corsheaders", "embed"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^(https://embed\.copperleaf\.net|null)$",  # want CORS001
]
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 3600
