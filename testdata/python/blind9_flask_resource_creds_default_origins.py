from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    resources={
        r"/api/*": {"supports_credentials": True},  # want CORS001
        r"/static/*": {"origins": ["https://cdn.acme.com"]},
    },
)
