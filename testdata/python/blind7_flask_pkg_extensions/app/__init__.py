from flask import Flask

from .extensions import init_extensions


def create_app():
    app = Flask(__name__)
    app.config.from_prefixed_env()
    init_extensions(app)
    return app
