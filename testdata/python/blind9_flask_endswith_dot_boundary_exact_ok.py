from urllib.parse import urlsplit

from flask import Flask, request

app = Flask(__name__)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    parts = urlsplit(origin)
    if parts.scheme == "https" and parts.hostname == "acme.com":
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp
