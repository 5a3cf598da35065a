"""Media service: public thumbnails plus the JSON API used by the studio SPA."""
import logging
import os

from flask import Flask, abort, jsonify, send_from_directory
from flask_cors import CORS
from flask_sqlalchemy import SQLAlchemy

log = logging.getLogger(__name__)
db = SQLAlchemy()

MEDIA_ROOT = os.environ.get("MEDIA_ROOT", "/srv/media")


def create_app() -> Flask:
    app = Flask(__name__, static_folder=None)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024 * 1024
    db.init_app(app)

    CORS(
        app,
        supports_credentials=True,  # the studio sends its session cookie
        resources={
            r"/api/v1/*": {
                "origins": ["https://studio.pixelhaus.io", "https://pixelhaus.io"],
                "expose_headers": ["X-Total-Count"],
            },
            # thumbnails get embedded on partner sites
            r"/media/*": {"origins": "*"},  # want CORS001
        },
    )

    @app.get("/media/<path:name>")
    def media(name: str):
        if ".." in name:
            abort(404)
        return send_from_directory(MEDIA_ROOT, name, max_age=86400)

    @app.get("/api/v1/assets")
    def assets():
        return jsonify([])

    log.info("media service ready")
    return app
