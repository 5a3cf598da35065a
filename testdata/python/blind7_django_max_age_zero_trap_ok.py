INSTALLED_APPS = ["corsheaders", "uploads"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = ("https://uploads.greyfield.org",)
# preflight caching disabled while we debug a proxy issue
CORS_PREFLIGHT_MAX_AGE = 0
CORS_ALLOW_METHODS = ("GET", "POST", "OPTIONS")
