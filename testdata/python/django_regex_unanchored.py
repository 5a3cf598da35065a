MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://app\.example\.com",  # want CORS004
]
CORS_PREFLIGHT_MAX_AGE = 600
