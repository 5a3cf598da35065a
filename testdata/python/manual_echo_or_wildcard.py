from flask import Flask, request

app = Flask(__name__)


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    # Falls back to * only for requests without an Origin: still reflection.
    resp.headers["Access-Control-Allow-Origin"] = origin or "*"  # want CORS001 CORS018
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
