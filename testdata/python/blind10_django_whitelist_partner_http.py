INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ORIGIN_WHITELIST = (
    "https://shop.oakbarrel.com",
    "http://partners.oakbarrel.com",  # want CORS005
)
CORS_PREFLIGHT_MAX_AGE = 900
