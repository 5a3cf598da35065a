from flask import Flask, jsonify

app = Flask(__name__)


@app.after_request
def allow_frontends(response):
    # both frontends need to reach the API
    response.headers.add("Access-Control-Allow-Origin", "https://app.fleetwise.io")
    response.headers.add("Access-Control-Allow-Origin", "https://admin.fleetwise.io")  # want CORS009
    response.headers.add("Access-Control-Allow-Headers", "Content-Type,Authorization")
    return response


@app.get("/vehicles")
def vehicles():
    return jsonify([])
