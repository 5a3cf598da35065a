from urllib.parse import urlparse

from flask import Flask, jsonify, request

app = Flask(__name__)

ALLOWED_HOSTS = {"app.cobaltline.com", "cobaltline.com"}


@app.after_request
def cors(response):
    origin = request.headers.get("Origin")
    if origin and urlparse(origin).netloc in ALLOWED_HOSTS:  # want CORS005
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
    return response


@app.route("/api/rates")
def rates():
    return jsonify({"usd": 1.0, "eur": 0.92})
