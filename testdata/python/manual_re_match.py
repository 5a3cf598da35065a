import re

from flask import Flask, request

app = Flask(__name__)
TRUSTED = re.compile(r"https://app\.example\.com")  # want CORS004


@app.after_request
def add_cors(response):
    origin = request.headers.get("Origin", "")
    if TRUSTED.match(origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
    return response
