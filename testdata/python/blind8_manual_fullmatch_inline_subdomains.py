import re

from flask import Flask, request

app = Flask(__name__)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if origin and re.fullmatch(r"https://[a-z0-9-]+\.stoneleaf\.io", origin):  # want CORS006
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp
