from urllib.parse import urlsplit

from flask import Flask, request

app = Flask(__name__)

TRUSTED_HOSTS = frozenset({"app.cobaltline.io", "cobaltline.io"})


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        parts = urlsplit(origin)
        if parts.scheme == "https" and parts.hostname in TRUSTED_HOSTS and parts.port is None:
            resp.headers["Access-Control-Allow-Origin"] = origin
            resp.headers["Access-Control-Allow-Credentials"] = "true"
            resp.vary.add("Origin")
    return resp
