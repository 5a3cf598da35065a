from flask import Flask, request

app = Flask(__name__)


@app.before_request
def preflight():
    if request.method == "OPTIONS":
        resp = app.make_default_options_response()
        resp.headers["Access-Control-Allow-Origin"] = "https://setup.example.com"
        resp.headers["Access-Control-Allow-Private-Network"] = "true"  # want CORS017
        resp.headers["Access-Control-Allow-Methods"] = "GET, POST"
        return resp
