from flask import Flask
from flask_cors import CORS


def cors_options():
    return {
        "supports_credentials": True,
        # flask-cors reads '*' as a regex and matches from the start only.
        "origins": ["https://app.example.com", "https://*.example.com"],  # want CORS001
        "methods": ["GET", "POST", "OPTIONS", "DELETE"],
        "allow_headers": ["Content-Type", "Authorization"],
    }


app = Flask(__name__)
CORS(app, **cors_options())
