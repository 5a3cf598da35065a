from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    resources={
        r"/api/*": {"origins": "https://app.example.com"},
        r"/*": {"origins": "*"},  # want CORS008
    },
)
