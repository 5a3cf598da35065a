from flask import Flask

from api.ext import cors, db


def create_app():
    app = Flask(__name__)
    db.init_app(app)
    cors.init_app(app, expose_headers=["X-Total-Count"])
    return app
