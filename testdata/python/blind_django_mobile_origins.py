MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

# Ionic / Capacitor app origins
CORS_ALLOWED_ORIGINS = [
    "https://app.example.com",
    "capacitor://localhost",
    "http://localhost",  # want CORS007
    "null",  # want CORS003
]
CORS_PREFLIGHT_MAX_AGE = 600
