INSTALLED_APPS = ["django.contrib.staticfiles", "corsheaders", "blog"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

CORS_ALLOWED_ORIGINS = ["https://inkwell.blog"]
# Netlify deploy previews of *our* site only
CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://deploy-preview-\d+--inkwell-blog\.netlify\.app$",
]
CORS_PREFLIGHT_MAX_AGE = 1200
