import re

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",  # want CORS012
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGIN_REGEXES = [
    re.compile(r"^https://.+\.example\.com$"),  # want CORS006
]
