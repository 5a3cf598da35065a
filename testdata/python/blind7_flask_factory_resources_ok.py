"""Application factory for the ledger service."""
import logging
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
log = logging.getLogger(__name__)

FRONTENDS = [
    "https://ledger.northwind.io",
    "https://admin.northwind.io",
]


def create_app(config_name: str = "production") -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False
    db.init_app(app)

    CORS(
        app,
        resources={r"/api/*": {"origins": FRONTENDS}},
        supports_credentials=True,
        max_age=1800,
        expose_headers=["Content-Disposition", "X-Total-Count"],
    )

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    log.info("ledger app created (%s)", config_name)
    return app
