from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    origins=["https://app.ledgerly.io"],
    expose_headers=["Content-Range", "X-CSRFToken"],  # want CORS013
)
