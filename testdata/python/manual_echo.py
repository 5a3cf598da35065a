from flask import Flask, request

app = Flask(__name__)


@app.after_request
def add_cors(response):
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin")  # want CORS002
    response.headers["Vary"] = "Origin"
    return response
