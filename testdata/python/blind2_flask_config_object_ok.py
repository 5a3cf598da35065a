import os
from datetime import timedelta

from flask import Flask
from flask_cors import CORS


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///app.db")
    PERMANENT_SESSION_LIFETIME = timedelta(days=14)
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_SAMESITE = "None"


class ProductionConfig(BaseConfig):
    CORS_ORIGINS = ["https://dashboard.acme.io", "https://acme.io"]
    CORS_SUPPORTS_CREDENTIALS = True
    CORS_MAX_AGE = "3600"


app = Flask(__name__)
app.config.from_object(ProductionConfig)
CORS(app)
