import re

from flask import Flask, request

app = Flask(__name__)


@app.after_request
def add_cors(response):
    origin = request.headers.get("Origin", "")
    if re.fullmatch(r"https://(app|admin)\.example\.com", origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
    return response
