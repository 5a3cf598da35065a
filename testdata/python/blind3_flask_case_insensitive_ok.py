# portal/app.py -- Northwind partner portal backend
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()

# Marketing insisted on the capitalised host in the docs; flask-cors compares
# plain origins case-insensitively, so this still matches the browser's value.
PORTAL_ORIGINS = [
    "https://Portal.Northwind.io",
    "https://partners.northwind.io",
]


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False
    db.init_app(app)

    CORS(
        app,
        resources={r"/api/*": {"origins": PORTAL_ORIGINS}},
        supports_credentials=True,
        max_age=600,
    )

    @app.get("/api/ping")
    def ping():
        return jsonify(ok=True)

    return app
