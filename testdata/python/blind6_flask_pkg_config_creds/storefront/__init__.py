from flask import Flask
from flask_cors import CORS
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
cors = CORS()


def create_app(config_object="storefront.config.ProductionConfig"):
    app = Flask(__name__)
    app.config.from_object(config_object)
    db.init_app(app)
    cors.init_app(app)

    from .views import bp

    app.register_blueprint(bp, url_prefix="/api")
    return app
