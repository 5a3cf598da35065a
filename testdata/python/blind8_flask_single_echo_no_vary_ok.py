from flask import Flask, request

app = Flask(__name__)

FRONTEND = "https://kiosk.gannet.app"


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin == FRONTEND:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
