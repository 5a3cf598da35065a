from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    resources={
        r"/*": {"origins": "*"},  # want CORS008
        r"/api/*": {"origins": "https://acme.com", "supports_credentials": True},
    },
)
