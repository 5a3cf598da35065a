import environ

env = environ.Env()
INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 3600
CORS_ALLOW_ALL_ORIGINS = env.bool("CORS_ALLOW_ALL", default=True)  # want CORS008
