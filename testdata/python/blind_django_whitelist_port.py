from .common import *  # noqa

MIDDLEWARE.insert(0, "corsheaders.middleware.CorsMiddleware")  # want CORS012

CORS_ORIGIN_WHITELIST = (
    'https://example.com',
    'https://www.example.com:443',  # want CORS011
)
CORS_ALLOW_CREDENTIALS = True
