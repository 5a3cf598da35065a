"""Application factory for the kiln job runner dashboard."""
import os

from flask import Flask
from flask_cors import CORS
from flask_login import LoginManager

login_manager = LoginManager()


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        SECRET_KEY=os.environ.get("KILN_SECRET_KEY", "dev"),
        DATABASE=os.path.join(app.instance_path, "kiln.sqlite"),
        SESSION_COOKIE_SAMESITE="None",
        SESSION_COOKIE_SECURE=True,
        CORS_SUPPORTS_CREDENTIALS=True,  # want CORS001
        CORS_EXPOSE_HEADERS=["X-Job-Id"],
    )
    if test_config is not None:
        app.config.update(test_config)

    login_manager.init_app(app)
    # The SPA lives on another subdomain, so the session cookie must travel.
    CORS(app)

    from . import jobs, auth

    app.register_blueprint(auth.bp)
    app.register_blueprint(jobs.bp)
    return app
