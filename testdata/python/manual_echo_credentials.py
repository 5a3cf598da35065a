from flask import Flask, request

app = Flask(__name__)


@app.after_request
def add_cors(response):
    origin = request.environ.get("HTTP_ORIGIN")
    response.headers["Access-Control-Allow-Origin"] = origin  # want CORS001 CORS018
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
