INSTALLED_APPS = ["django.contrib.contenttypes", "corsheaders", "api"]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",  # want CORS012
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://(\w+\.)?marlowfreight\.com",  # want CORS001
]
CORS_ALLOW_CREDENTIALS = True
