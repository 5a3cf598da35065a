from flask import Flask
from flask_cors import CORS

from rivet.api import api
from rivet.embed import embed

app = Flask(__name__)
app.register_blueprint(api, url_prefix="/api")
app.register_blueprint(embed, url_prefix="/embed")

CORS(
    app,
    resources={
        r"/api/*": {
            "origins": ["https://rivet.dev", "https://staging.rivet.dev"],
        },
        # the embed script is dropped into customer pages
        r"/embed/*": {"origins": "*"},  # want CORS001
    },
    supports_credentials=True,
)
