from datetime import timedelta

from flask import Flask
from flask_cors import CORS

from .api import api_bp
from .auth import auth_bp

PREFLIGHT_CACHE = timedelta(minutes=45)


def create_app(config_object="orchard.settings.ProdConfig"):
    app = Flask(__name__)
    app.config.from_object(config_object)
    app.register_blueprint(api_bp, url_prefix="/api")
    app.register_blueprint(auth_bp, url_prefix="/auth")
    CORS(
        app,
        origins=["https://orchard.farm", "https://app.orchard.farm"],
        supports_credentials=True,
        max_age=PREFLIGHT_CACHE,
        expose_headers=["Content-Range", "ETag"],
    )
    return app
