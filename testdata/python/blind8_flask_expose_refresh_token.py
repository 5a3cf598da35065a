from flask import Flask
from flask_cors import CORS

from .auth import auth_bp

app = Flask(__name__)
app.register_blueprint(auth_bp)

CORS(
    app,
    origins=["https://web.quayside.app"],
    supports_credentials=True,
    expose_headers=["Content-Disposition", "X-Refresh-Token"],  # want CORS013
)
