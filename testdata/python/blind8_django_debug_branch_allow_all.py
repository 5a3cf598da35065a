import environ

env = environ.Env()
DEBUG = env.bool("DJANGO_DEBUG", default=False)

INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

if DEBUG:
    CORS_ALLOW_ALL_ORIGINS = True  # want CORS008
else:
    CORS_ALLOWED_ORIGINS = ["https://www.quillfeather.org"]

CORS_PREFLIGHT_MAX_AGE = 600
