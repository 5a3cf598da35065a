from flask import Flask
from flask_cors import CORS

from .config import config_by_name
from .extensions import db, migrate


def create_app(config_name="production"):
    app = Flask(__name__)
    app.config.from_object(config_by_name[config_name])
    db.init_app(app)
    migrate.init_app(app, db)
    CORS(
        app,
        resources={r"/api/*": {"origins": app.config["FRONTEND_ORIGINS"]}},
        supports_credentials=True,
    )
    from .api import api_bp

    app.register_blueprint(api_bp, url_prefix="/api")
    return app
