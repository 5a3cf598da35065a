from flask import Flask, request

app = Flask(__name__)


@app.after_request
def cors(response):
    origin = request.headers.get("origin")
    if origin:
        response.headers["access-control-allow-origin"] = origin  # want CORS001 CORS018
        response.headers["access-control-allow-credentials"] = "true"
    return response
