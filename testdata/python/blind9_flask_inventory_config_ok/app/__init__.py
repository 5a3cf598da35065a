from flask import Flask
from flask_cors import CORS


def create_app():
    app = Flask(__name__)
    app.config["CORS_ORIGINS"] = ["https://dash.inventory-acme.io"]
    app.config["CORS_SUPPORTS_CREDENTIALS"] = True
    CORS(app)
    return app
