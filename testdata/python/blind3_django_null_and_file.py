"""Settings for the notebook sync server (also used by the Electron desktop app)."""
import os

SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = ["sync.inkwell.md"]

INSTALLED_APPS = ["django.contrib.contenttypes", "corsheaders", "sync"]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGINS = [
    "https://inkwell.md",
    "https://app.inkwell.md",
    # Electron loads index.html from disk; older builds send "null".
    "file://",  # want CORS007
    "null",  # want CORS003
]
CORS_PREFLIGHT_MAX_AGE = 1800
