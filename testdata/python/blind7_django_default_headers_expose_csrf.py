from corsheaders.defaults import default_headers

INSTALLED_APPS = ["corsheaders", "forms_api"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = ["https://forms.tidewater.gov"]
CORS_ALLOW_HEADERS = (*default_headers, "x-tenant-id")
CORS_EXPOSE_HEADERS = ["Content-Disposition", "X-CSRFToken"]  # want CORS013
CORS_PREFLIGHT_MAX_AGE = 600
