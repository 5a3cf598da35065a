from flask import Flask

from .extensions import cache, cors


def create_app():
    app = Flask(__name__)
    cache.init_app(app, config={"CACHE_TYPE": "SimpleCache"})
    cors.init_app(app)  # want CORS008
    return app
