from flask import Flask, request

app = Flask(__name__)


@app.after_request
def cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")  # want CORS002 CORS018
    resp.headers["Access-Control-Allow-Methods"] = "GET, OPTIONS"
    return resp
