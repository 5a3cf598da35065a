import re

from flask import Flask, request

app = Flask(__name__)


@app.after_request
def allow_partner_origins(resp):
    origin = request.headers.get("Origin")
    if origin and re.search(r"partner-example\.com$", origin):  # want CORS004
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp
