from flask import Flask, request

app = Flask(__name__)

ALLOWED = {"https://a.petrichor.app", "https://b.petrichor.app"}


@app.after_request
def cors(resp):
    origin = request.headers.get("origin")
    if origin in ALLOWED:
        resp.headers["access-control-allow-origin"] = origin
        resp.headers["vary"] = "Origin"
    return resp
