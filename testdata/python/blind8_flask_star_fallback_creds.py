from flask import Flask, request

app = Flask(__name__)

ALLOWED = {"https://app.plover.dev"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    resp.headers["Access-Control-Allow-Origin"] = origin if origin in ALLOWED else "*"  # want CORS001
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    resp.headers["Vary"] = "Origin"
    return resp
