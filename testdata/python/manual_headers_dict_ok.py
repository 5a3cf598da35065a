from flask import Flask, make_response

app = Flask(__name__)


@app.route("/api/ping", methods=["OPTIONS", "GET"])
def ping():
    return make_response("pong", 200, {
        "Access-Control-Allow-Origin": "https://app.example.com",
        "Access-Control-Allow-Methods": "GET",
    })
