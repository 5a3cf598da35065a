from flask import Flask, request

app = Flask(__name__)

ALLOWED = ("https://studio.gannet.app", "https://gannet.app")


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    resp.headers["Access-Control-Allow-Origin"] = origin if origin in ALLOWED else "null"  # want CORS003
    resp.headers["Vary"] = "Origin"
    return resp
