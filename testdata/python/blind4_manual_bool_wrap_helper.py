import re

from flask import Flask, request

app = Flask(__name__)
ORIGIN_RE = re.compile(r"https://(www|app)\.example\.com")  # want CORS004


def is_allowed(origin):
    return bool(ORIGIN_RE.match(origin))


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if is_allowed(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp
