"""Configuration classes for the ferry booking API."""
import os


class BaseConfig:
    SECRET_KEY = os.environ.get("FERRY_SECRET_KEY")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    CORS_ORIGINS = ["https://book.islandferry.co.nz"]
    CORS_SUPPORTS_CREDENTIALS = True
    CORS_EXPOSE_HEADERS = ["Content-Range", "X-Auth-Token"]  # want CORS013


class ProductionConfig(BaseConfig):
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")


class TestingConfig(BaseConfig):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
