"""Flask app enabling flask-cors with every default: CORS(app)."""
from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app)


@app.route("/api/users", methods=["GET", "PUT"])
def users():
    return jsonify([])
