from flask import Flask, jsonify, session

app = Flask(__name__)
app.secret_key = "replace-me"

SPA_ORIGIN = "https://studio.mapleframe.app"


@app.after_request
def add_cors_headers(response):
    response.headers["Access-Control-Allow-Origin"] = SPA_ORIGIN
    response.headers["Access-Control-Allow-Credentials"] = True  # want CORS010
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, DELETE"
    return response


@app.route("/session")
def whoami():
    return jsonify(user=session.get("user"))
