import os

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False

ALLOWED_HOSTS = [
    ".example.com",
    "localhost",
]

INSTALLED_APPS = ["django.contrib.contenttypes", "corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = [f"https://{h}" for h in ALLOWED_HOSTS]  # want CORS007 CORS011
CORS_PREFLIGHT_MAX_AGE = 600
