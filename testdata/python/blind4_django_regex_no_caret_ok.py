# django-cors-headers uses re.match(), which is anchored at the start already.
INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_ALLOWED_ORIGIN_REGEXES = [
    r"https://(app|admin)\.tallyho\.com$",
]
CORS_PREFLIGHT_MAX_AGE = 300
