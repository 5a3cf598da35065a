"""Application factory for the finchly web API."""
import logging
import os

from celery import Celery
from flask import Flask
from flask_cors import CORS
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
migrate = Migrate()
celery = Celery(__name__, broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))

log = logging.getLogger(__name__)

FRONTENDS = [
    "https://app.finchly.io",
    "https://admin.finchly.io",
]


def create_app(config_name="production"):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]

    db.init_app(app)
    migrate.init_app(app, db)

    CORS(
        app,
        origins=FRONTENDS,
        supports_credentials=True,
        expose_headers=["X-Total-Count", "Link"],
        max_age=600,
    )

    from .api import bp as api_bp

    app.register_blueprint(api_bp, url_prefix="/api/v2")
    celery.conf.update(app.config)
    log.info("app created with %s", config_name)
    return app
