import re

from flask import Flask, request

app = Flask(__name__)
ORIGIN_RE = re.compile(r"https://(app|admin).keelhaul.io")  # want CORS004


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.fullmatch(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.vary.add("Origin")
    return resp
