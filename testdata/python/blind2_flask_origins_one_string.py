import os

from flask import Flask
from flask_cors import CORS

from .api import api_bp
from .errors import register_error_handlers


app = Flask(__name__)
app.config.from_mapping(
    SECRET_KEY=os.environ["SECRET_KEY"],
    JSON_SORT_KEYS=False,
    PREFERRED_URL_SCHEME="https",
)
app.register_blueprint(api_bp)
register_error_handlers(app)

# both frontends talk to this API
CORS(app, origins="https://app.acme.io, https://admin.acme.io")  # want CORS011
