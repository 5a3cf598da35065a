INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

# Looks broad, but both branches are anchored and escaped.
CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://(staging|www)\.fernhill\.co\.uk$",
]
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 0
