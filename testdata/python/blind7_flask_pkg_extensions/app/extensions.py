from datetime import timedelta

from flask_cors import CORS
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
migrate = Migrate()
cors = CORS()


def init_extensions(app):
    db.init_app(app)
    migrate.init_app(app, db)
    cors.init_app(
        app,
        origins=["https://hub.winterpine.org"],
        max_age=timedelta(hours=12),  # want CORS012
    )
