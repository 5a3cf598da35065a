INSTALLED_APPS = ["django.contrib.admin", "corsheaders"]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
]
CORS_ALLOWED_ORIGINS = ["https://admin.harvestloop.com"]
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 86400 * 2  # want CORS012
