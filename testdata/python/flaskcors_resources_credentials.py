from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config["CORS_HEADERS"] = "Content-Type"  # want CORS021

CORS(
    app,
    resources={r"/*": {"origins": "*"}},  # want CORS001
    supports_credentials=True,
    allow_headers=["Content-Type"],
    methods=["GET", "POST", "OPTIONS"],
)
