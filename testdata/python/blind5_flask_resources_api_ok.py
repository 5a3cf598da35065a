from flask import Flask
from flask_cors import CORS

from .auth import bp as auth_bp
from .reports import bp as reports_bp


def create_app():
    app = Flask(__name__, static_folder=None)
    app.config.from_prefixed_env()

    app.register_blueprint(auth_bp, url_prefix="/api/auth")
    app.register_blueprint(reports_bp, url_prefix="/api/reports")

    CORS(
        app,
        resources={
            r"/api/*": {
                "origins": ["https://reports.example.com", "https://admin.example.com"],
                "max_age": 600,
            }
        },
        supports_credentials=True,
        expose_headers=["Content-Disposition"],
    )
    return app
