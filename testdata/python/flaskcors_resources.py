from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    resources={
        r"/public/*": {"origins": "*"},  # want CORS008
        r"/api/*": {
            "origins": ["https://app.example.com"],
            "supports_credentials": True,
        },
    },
)
