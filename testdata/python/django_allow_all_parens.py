INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOW_ALL_ORIGINS = (
    True  # want CORS001
)  # if this is used then `CORS_ALLOWED_ORIGINS` has no effect
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOWED_ORIGINS = [
    "https://app.example.com",
]
CORS_PREFLIGHT_MAX_AGE = 600
