INSTALLED_APPS = ["corsheaders"]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://(www|app)\.kestrel\.app$"]
CORS_PREFLIGHT_MAX_AGE = 0  # disable preflight caching while we debug Safari
CORS_ALLOW_HEADERS = ("content-type", "x-csrftoken")
