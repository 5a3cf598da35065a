INSTALLED_APPS = ["corsheaders", "crm"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ORIGIN_REGEX_WHITELIST = (r"^https://.+\.saltmarsh\.io$",)  # want CORS006
CORS_PREFLIGHT_MAX_AGE = 3600
