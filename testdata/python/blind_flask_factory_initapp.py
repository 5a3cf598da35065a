"""Application factory for the billing service."""
import logging
import os

from flask import Flask
from flask_cors import CORS
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
cors = CORS()
log = logging.getLogger(__name__)


def create_app(config_object="billing.settings.ProdConfig"):
    app = Flask(__name__.split(".")[0])
    app.config.from_object(config_object)

    db.init_app(app)
    # Every tenant gets its own subdomain, so accept them all.
    cors.init_app(
        app,
        resources={
            r"/api/*": {
                "origins": [r"https://.*\.billing-example\.com"],  # want CORS001
            }
        },
        supports_credentials=True,
    )

    from billing.api import api_bp

    app.register_blueprint(api_bp, url_prefix="/api")
    log.info("app created with %s", config_object)
    return app
