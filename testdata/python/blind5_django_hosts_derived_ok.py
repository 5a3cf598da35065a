import os

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False

ALLOWED_HOSTS = ["api.example.com", "example.com"]

INSTALLED_APPS = ["django.contrib.contenttypes", "corsheaders", "core"]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

# The frontend is served from the same hosts Django answers on.
CORS_ALLOWED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
CORS_PREFLIGHT_MAX_AGE = 1200
