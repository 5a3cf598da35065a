INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 3600
CORS_ALLOWED_ORIGINS = ["https://acme.com"]
CORS_ALLOWED_ORIGINS += ["http://staging.acme.com"]  # want CORS005
CORS_ALLOWED_ORIGINS.append("null")  # want CORS003
