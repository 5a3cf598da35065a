import os

from flask import Flask
from flask_cors import CORS


def create_app():
    app = Flask(__name__)
    origins = [o.strip() for o in os.environ.get("CORS_ORIGINS", "").split(",") if o.strip()]
    CORS(app, origins=origins, supports_credentials=True)
    return app
