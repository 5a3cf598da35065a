from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://app.example.com", "https://admin.example.com"])


@app.route("/api/data", methods=["GET", "POST", "DELETE"])
def data():
    return jsonify(ok=True)
