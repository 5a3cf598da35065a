from flask import Flask
from flask_cors import CORS

from .routes import api

app = Flask(__name__)
app.register_blueprint(api, url_prefix="/v2")

CORS(
    app,
    origins=["https://mobile.parcelry.com", "https://www.parcelry.com"],
    expose_headers=["X-Request-Id", "Authorization"],  # want CORS013
)
