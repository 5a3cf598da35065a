INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGIN_REGEXES = (
    r"^https://tern\.io$",
    r"^https://app\.tern\.io",  # want CORS004
)
CORS_PREFLIGHT_MAX_AGE = 3600
