from flask import Flask, jsonify

app = Flask(__name__)


@app.after_request
def after_request(response):
    header = response.headers
    header["Access-Control-Allow-Origin"] = "*"  # want CORS008
    header["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
    header["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    return response


@app.route("/api/profile")
def profile():
    return jsonify(name="anon")
