# settings.py -- partner portal (django 2.2 era, django-cors-headers 3.x)
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

INSTALLED_APPS = (
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'corsheaders',
    'portal',
)

MIDDLEWARE = (
    'corsheaders.middleware.CorsMiddleware',  # want CORS012
    'django.middleware.common.CommonMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
)

CORS_ORIGIN_ALLOW_ALL = False
CORS_ORIGIN_WHITELIST = (
    'https://portal.acme-partners.com',
    'http://reports.acme-partners.com',  # want CORS001
)
CORS_ALLOW_CREDENTIALS = True

SESSION_COOKIE_SAMESITE = 'None'
SESSION_COOKIE_SECURE = True
