import os


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    CORS_ORIGINS = ["https://reports.example.com", "https://www.example.com"]
    CORS_EXPOSE_HEADERS = ["X-Total-Count", "Link", "ETag", "Content-Disposition"]
    CORS_SUPPORTS_CREDENTIALS = True
    CORS_MAX_AGE = 1800


class ProductionConfig(BaseConfig):
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
