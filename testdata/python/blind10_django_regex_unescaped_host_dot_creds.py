INSTALLED_APPS = ["corsheaders", "accounts"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://portal.kestrel-bank\.com$",  # want CORS001
]
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 1800
