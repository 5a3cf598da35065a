import environ

env = environ.Env()

INSTALLED_APPS = ["corsheaders", "devices"]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=["https://hub.thermostat.cloud"])
CORS_ALLOW_PRIVATE_NETWORK = env.bool("CORS_ALLOW_PRIVATE_NETWORK", default=True)  # want CORS017
CORS_PREFLIGHT_MAX_AGE = 300
