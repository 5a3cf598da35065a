import environ

env = environ.Env()

INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

CORS_ALLOWED_ORIGINS = [*env.list("EXTRA_CORS_ORIGINS", default=[]), "https://console.brineworks.com"]
CORS_PREFLIGHT_MAX_AGE = 900
