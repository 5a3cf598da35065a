from flask import Flask
from flask_cors import CORS

api_cors_config = {
    "origins": "*",  # want CORS001
    "supports_credentials": True,
    "methods": ["GET", "POST"],
}

app = Flask(__name__)
CORS(app, resources={r"/api/*": api_cors_config})
