from flask import Flask
from flask_cors import CORS


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        CORS_ORIGINS=["https://reports.example.org", "https://admin.example.org"],
        CORS_SUPPORTS_CREDENTIALS=True,
        CORS_MAX_AGE=1800,
    )
    CORS(app, resources={r"/api/.*": {}})
    return app
