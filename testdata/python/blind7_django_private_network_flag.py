INSTALLED_APPS = ["corsheaders", "printers"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = ["https://print.officejet-cloud.com"]
CORS_ALLOW_PRIVATE_NETWORK = True  # want CORS017
CORS_PREFLIGHT_MAX_AGE = 60
