from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="https://app.example.com", allow_headers=["Content-Type", "X-Custom"], methods=["GET", "POST", "PATCH"])


@app.route("/api/things", methods=["GET", "POST", "PATCH"])
def things():
    return {"things": []}
