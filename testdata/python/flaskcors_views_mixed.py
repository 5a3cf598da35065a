from flask import Flask, jsonify
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/api/public")
@cross_origin()  # want CORS008
def public():
    return jsonify(ok=True)


@app.route("/api/me")
@cross_origin(origins=["https://app.example.com"], supports_credentials=True)
def me():
    return jsonify(user="x")


@app.route("/api/session", methods=["POST"])
@cross_origin(supports_credentials=True)  # want CORS001
def session():
    return jsonify(ok=True)
