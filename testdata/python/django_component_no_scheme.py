# Settings for CORS - Cross-Origin Resource Sharing
# https://github.com/adamchainz/django-cors-headers

INSTALLED_APPS += ("corsheaders",)

CORS_ORIGIN_WHITELIST = (
    "localhost:3000",  # want CORS011
)

# we only want to allow access to the api
CORS_URLS_REGEX = r"^/api/.*$"
CORS_PREFLIGHT_MAX_AGE = 600

# CORS_ALLOW_CREDENTIALS = True

MIDDLEWARE_CLASSES = ("corsheaders.middleware.CorsMiddleware",) + MIDDLEWARE_CLASSES
