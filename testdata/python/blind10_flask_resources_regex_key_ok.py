from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    resources={
        r"/api/v1/*": {"origins": ["https://dash.quarry.io", "https://quarry.io"]},
    },
)


@app.route("/api/v1/items")
def items():
    return jsonify([])
