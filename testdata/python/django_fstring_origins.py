DOMAIN = "example.com"
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = [
    f"https://{DOMAIN}",
    f"https://www.{DOMAIN}",
    f"http://admin.{DOMAIN}",  # want CORS005
]
CORS_PREFLIGHT_MAX_AGE = 300
