INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_PREFLIGHT_MAX_AGE = 3600
ALLOWED_HOSTS = ["acme.com", "www.acme.com"]
CORS_ALLOWED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
