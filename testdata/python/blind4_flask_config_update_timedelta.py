from datetime import timedelta

from flask import Flask
from flask_cors import CORS
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
cors = CORS()


def create_app():
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(
        SQLALCHEMY_DATABASE_URI="postgresql://inventory@db/inventory",
        SQLALCHEMY_TRACK_MODIFICATIONS=False,
        PERMANENT_SESSION_LIFETIME=timedelta(days=14),
        CORS_ORIGINS=["https://inventory.example.com"],
        CORS_MAX_AGE=timedelta(days=1),  # want CORS012
        CORS_EXPOSE_HEADERS=["X-Total-Count"],
    )
    db.init_app(app)
    cors.init_app(app)

    from . import views

    app.register_blueprint(views.bp)
    return app
