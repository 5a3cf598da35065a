# config.py -- loaded with app.config.from_pyfile("config.py")
import os

SECRET_KEY = os.environ["SECRET_KEY"]
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"

CORS_ORIGINS = ["https://console.stackpine.dev"]
CORS_SUPPORTS_CREDENTIALS = True
CORS_MAX_AGE = 600
CORS_ALLOW_HEADERS = ["Content-Type", "Authorization", "X-Requested-With"]
