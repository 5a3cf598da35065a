"""Settings for the on-prem print agent (runs on the customer's LAN)."""
INSTALLED_APPS = ["django.contrib.contenttypes", "corsheaders", "printagent"]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGINS = ["https://print.example.com"]
CORS_ALLOW_PRIVATE_NETWORK = True  # want CORS017
CORS_EXPOSE_HEADERS = ["Content-Disposition", "X-CSRFToken"]  # want CORS013
CORS_PREFLIGHT_MAX_AGE = 600
