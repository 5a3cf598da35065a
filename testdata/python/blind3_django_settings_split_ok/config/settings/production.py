from .base import *  # noqa: F401,F403
from .base import env

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://app.ledgerly.io"]

CORS_ALLOWED_ORIGINS = ["https://app.ledgerly.io"]
CORS_ALLOW_CREDENTIALS = True

SENTRY_DSN = env("SENTRY_DSN", default=None)
