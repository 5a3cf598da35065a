from flask import Flask, request

app = Flask(__name__)
ALLOWED_ORIGINS = ("https://ops.lanternfly.net", "https://lanternfly.net")


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin", "")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin  # want CORS018
    return resp
