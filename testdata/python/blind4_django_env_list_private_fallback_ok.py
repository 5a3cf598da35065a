from decouple import Csv, config

INSTALLED_APPS = ["corsheaders", "inventory"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

CORS_ALLOWED_ORIGINS = ["https://stock.example.com"] + config(
    "EXTRA_CORS_ORIGINS", default="http://192.168.1.20:8080", cast=Csv()
)
CORS_PREFLIGHT_MAX_AGE = config("CORS_PREFLIGHT_MAX_AGE", default=600, cast=int)
