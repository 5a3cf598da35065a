import re

from flask import Flask, request

app = Flask(__name__)

ALLOWED_RE = r"https://(app|www)\.tern\.io"  # want CORS004


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if re.match(ALLOWED_RE, origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp
