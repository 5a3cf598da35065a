from flask import Flask, jsonify

app = Flask(__name__)


@app.after_request
def after_request(response):
    response.headers["Access-Control-Allow-Origin"] = "https://frontend.example.com"
    response.headers["Access-Control-Allow-Credentials"] = "True"  # want CORS010
    response.headers["Access-Control-Allow-Headers"] = "Content-Type,Authorization"
    return response


@app.route("/api/items")
def items():
    return jsonify([])
