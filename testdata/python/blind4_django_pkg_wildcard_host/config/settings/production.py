from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = [".example-shop.com"]

# every storefront subdomain
CORS_ALLOWED_ORIGINS = [
    "https://example-shop.com",
    "https://*.example-shop.com",  # want CORS011
]
