INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = (
    "https://members.tallgrass.org",
    "https://donate.tallgrass.org/",
)
CORS_PREFLIGHT_MAX_AGE = 3600
