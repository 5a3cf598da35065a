INSTALLED_APPS = ["corsheaders", "grafana_proxy"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

# staging dashboards run on numbered ports of one host
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://dash\.mirrorlake\.io(:\d{4})?$"]
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 3600
