from corsheaders.defaults import default_headers, default_methods

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "corsheaders",
    "ledger",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]

CORS_ALLOWED_ORIGINS = ["https://ledger.acme.com"]
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOW_HEADERS = (*default_headers, "x-tenant-id")
CORS_ALLOW_METHODS = (*default_methods,)
CORS_EXPOSE_HEADERS = ["Content-Disposition"]
# No preflight caching: permissions change often and we want fresh preflights.
CORS_PREFLIGHT_MAX_AGE = 0
CSRF_TRUSTED_ORIGINS = ["https://ledger.acme.com"]
