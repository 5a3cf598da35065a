from flask import Flask
from flask_cors import CORS


def create_app():
    app = Flask(__name__)
    app.config.from_prefixed_env()
    CORS(
        app,
        resources={
            r"/api/*": {"origins": "*"},  # want CORS001
        },
        supports_credentials=True,
    )
    return app
