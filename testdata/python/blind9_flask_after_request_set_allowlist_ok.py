from flask import Flask, request

app = Flask(__name__)

TRUSTED_ORIGINS = {
    "https://console.acme.dev",
    "https://acme.dev",
}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in TRUSTED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    resp.headers.add("Vary", "Origin")
    return resp
