# Router admin UI: the cloud dashboard talks to the box on the LAN.
INSTALLED_APPS = ["corsheaders", "routerui"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = ["https://cloud.example.com"]
CORS_ALLOW_PRIVATE_NETWORK = True  # want CORS017
CORS_PREFLIGHT_MAX_AGE = 300
