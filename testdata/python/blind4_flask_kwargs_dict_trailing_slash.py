import os

from flask import Flask
from flask_cors import CORS

CORS_SETTINGS = {
    "origins": [
        "https://tickets.example.org",
        "https://helpdesk.example.org/",  # want CORS011
    ],
    "supports_credentials": True,
    "max_age": 600,
}

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.getenv("DATABASE_URL", "sqlite:///tickets.db")
CORS(app, **CORS_SETTINGS)
