import os

INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

# "True" unless the deployment says otherwise.
CORS_ALLOW_ALL_ORIGINS = os.getenv("CORS_ALLOW_ALL_ORIGINS", "True") == "True"  # want CORS008
CORS_PREFLIGHT_MAX_AGE = 600
