from flask import Flask
from flask_cors import CORS

from .config import Config


def create_app(config_object=Config) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)

    CORS(
        app,
        resources={
            r"/api/*": {"origins": app.config["ALLOWED_ORIGINS"]},
            r"/public/*": {"origins": "*"},  # want CORS001
        },
        supports_credentials=True,
    )

    from .routes.predict import bp as predict_bp

    app.register_blueprint(predict_bp)
    return app
