from .base import *  # noqa: F401,F403

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

CORS_ALLOWED_ORIGINS = [
    "https://shop.example.com",
    "https://www.shop.example.com",
    "https://checkout.payfast.co.za/",  # urlsplit drops the path: still matches
]
