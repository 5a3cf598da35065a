from flask import Flask
from flask_cors import CORS


def create_app():
    app = Flask(__name__)
    app.config["CORS_ORIGINS"] = ["https://studio.ravenpeak.com", "https://ravenpeak.com"]
    app.config["CORS_SUPPORTS_CREDENTIALS"] = True
    app.config["CORS_MAX_AGE"] = 600
    CORS(app)
    return app
