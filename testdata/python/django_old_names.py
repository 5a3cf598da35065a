# The pre-3.5 names are still read.
MIDDLEWARE_CLASSES = (
    "corsheaders.middleware.CorsMiddleware",
)
CORS_ORIGIN_ALLOW_ALL = True  # want CORS008
CORS_PREFLIGHT_MAX_AGE = 0
