from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    origins=["https://app.ledgerly.io"],
    expose_headers=["X-Total-Count", "X-Request-Id", "Content-Range"],
)
