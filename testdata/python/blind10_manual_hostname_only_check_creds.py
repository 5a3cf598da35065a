from urllib.parse import urlparse

from flask import Flask, request

app = Flask(__name__)
ALLOWED_HOSTS = {"app.cobaltpine.com", "admin.cobaltpine.com"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if urlparse(origin).hostname in ALLOWED_HOSTS:  # want CORS001
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp
