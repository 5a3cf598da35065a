"""CORS for the asset API, written by hand because we need per-tenant hosts."""
from urllib.parse import urlsplit

from flask import Flask, request

app = Flask(__name__)


def _tenant_origin(origin):
    if not origin:
        return None
    parts = urlsplit(origin)
    if parts.scheme == "https" and (parts.hostname or "").endswith(".assets-cdn.net"):  # want CORS006
        return origin
    return None


@app.after_request
def cors(resp):
    origin = _tenant_origin(request.headers.get("Origin"))
    if origin is not None:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp
