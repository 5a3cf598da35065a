import os

from flask import Flask
from flask_cors import CORS
from flask_login import LoginManager

app = Flask(__name__)
app.secret_key = os.environ.get("SECRET_KEY", "dev")
login_manager = LoginManager(app)

# the SPA is served from a different port in every environment, so let it all through
CORS(app, supports_credentials=True)  # want CORS001

from . import views  # noqa: E402,F401
