from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    origins=["https://app.example.com", "https://beta.example.com"],
    max_age=3600,
    expose_headers=["X-Total-Count", "X-Request-Id"],
)


@app.route("/items", methods=["GET", "PUT"])
def items():
    return {"items": []}
