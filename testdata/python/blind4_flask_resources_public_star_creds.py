from flask import Flask
from flask_cors import CORS

from .auth import auth_bp
from .public import public_bp

app = Flask(__name__)
app.register_blueprint(public_bp, url_prefix="/api/public")
app.register_blueprint(auth_bp, url_prefix="/api")

CORS(
    app,
    resources={
        r"/api/public/*": {"origins": "*"},  # want CORS001
        r"/api/*": {"origins": ["https://console.meridian.app"]},
    },
    supports_credentials=True,
)
