from flask import Flask, jsonify
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/api/quote", methods=["GET", "OPTIONS"])
@cross_origin(origins="https://quote.tillery.com", methods=["GET"], max_age=600)
def quote():
    return jsonify(price=42)
