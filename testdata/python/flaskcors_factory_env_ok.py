import os

from flask import Flask
from flask_cors import CORS

cors = CORS()


def create_app():
    app = Flask(__name__)
    app.config.from_object(os.environ.get("APP_SETTINGS", "config.ProductionConfig"))
    # Development default; production sets FRONTEND_URL.
    cors.init_app(
        app,
        origins=[os.environ.get("FRONTEND_URL", "http://localhost:3000")],
        supports_credentials=True,
    )
    return app
