from urllib.parse import urlparse

from flask import Flask, request

app = Flask(__name__)
APEX = "quillstack.com"


def trusted(origin: str) -> bool:
    parts = urlparse(origin)
    if parts.scheme != "https" or not parts.hostname:
        return False
    return parts.hostname == APEX or parts.hostname.endswith("." + APEX)  # want CORS006


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin and trusted(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    resp.headers.add("Vary", "Origin")
    return resp
