# Exact origins compare the netloc as written: upper case never matches.
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = [
    "https://App.Example.com",  # want CORS011
]
CORS_PREFLIGHT_MAX_AGE = 600
