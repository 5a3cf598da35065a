import environ

env = environ.Env(DEBUG=(bool, False))
DEBUG = env("DEBUG")

INSTALLED_APPS = ["corsheaders", "kb"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

CORS_ALLOW_ALL_ORIGINS = DEBUG
CORS_ALLOWED_ORIGINS = ["https://kb.lanternsoft.com"]
CORS_PREFLIGHT_MAX_AGE = 900
