from flask import Flask, jsonify

app = Flask(__name__)

PORTAL = "https://portal.lumen.health"


@app.after_request
def cors_headers(resp):
    resp.headers["Access-Control-Allow-Origin"] = PORTAL
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    resp.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRFToken"
    return resp


@app.route("/api/appointments")
def appointments():
    return jsonify([])
