from flask import Flask
from flask_cors import CORS


class ProductionConfig:
    SQLALCHEMY_DATABASE_URI = "postgresql://app@db/app"
    CORS_SUPPORTS_CREDENTIALS = True  # want CORS001
    CORS_EXPOSE_HEADERS = ["X-Total-Count"]


app = Flask(__name__)
app.config.from_object(ProductionConfig)
CORS(app)
