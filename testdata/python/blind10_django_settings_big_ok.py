import os

DEBUG = os.environ.get("DEBUG", "0") == "1"
SECRET_KEY = os.environ["SECRET_KEY"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "corsheaders",
    "billing",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
]

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/1"),
    }
}

# Dashboard and marketing site only.
CORS_ALLOWED_ORIGINS = [
    "https://dashboard.ledgerly.com",
    "https://www.ledgerly.com",
]
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 3600
CORS_EXPOSE_HEADERS = ["Content-Disposition", "X-Total-Count"]

SESSION_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://dashboard.ledgerly.com"]
LOGGING = {"version": 1, "handlers": {"console": {"class": "logging.StreamHandler"}}}
