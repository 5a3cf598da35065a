from corsheaders.defaults import default_headers, default_methods

INSTALLED_APPS = ["corsheaders", "graphene_django", "catalog"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

CORS_ALLOWED_ORIGINS = (
    "https://catalog.example.com",
    "https://catalog.example.co.uk",
)
CORS_ALLOW_METHODS = [m for m in default_methods if m != "DELETE"]
CORS_ALLOW_HEADERS = (*default_headers, "x-apollo-operation-name")
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 60 * 60
CORS_URLS_REGEX = r"^/graphql/?$"
