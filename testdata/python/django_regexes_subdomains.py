MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]  # want CORS012

CORS_ALLOW_ALL_ORIGINS = False
CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://\w+\.example\.com$",  # want CORS006
    r"^http://127\.0\.0\.1(:\d+)?$",  # want CORS007
]
CORS_ALLOW_CREDENTIALS = True
