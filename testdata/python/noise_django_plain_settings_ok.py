"""Django settings without django-cors-headers."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["api.example.com"]
# CORS is handled by the nginx front proxy; see deploy/nginx.conf.
# Do not add CORS_ALLOWED_ORIGINS here.
CSRF_TRUSTED_ORIGINS = ["https://app.example.com"]
SECURE_HSTS_SECONDS = 31536000
