from .base import *  # noqa: F401,F403

DEBUG = False

# TEMP: partner widgets on unknown domains, revert after launch
CORS_ALLOW_ALL_ORIGINS = True  # want CORS001
CORS_ALLOW_CREDENTIALS = True
