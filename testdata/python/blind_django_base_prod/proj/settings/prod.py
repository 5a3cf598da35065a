from .base import *  # noqa

DEBUG = False
CORS_ALLOW_CREDENTIALS = True
