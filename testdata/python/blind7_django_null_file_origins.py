# Desktop (Electron) client loads from file:// and sandboxed previews send null.
INSTALLED_APPS = ["corsheaders", "sync"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = [
    "https://sync.notemill.app",
    "null",  # want CORS003
]
CORS_PREFLIGHT_MAX_AGE = 1200
