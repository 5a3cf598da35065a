from flask import Flask, request

app = Flask(__name__)


@app.after_request
def cors_headers(response):
    origin = request.headers.get("Origin", "")
    if origin.startswith("https://app.example.com"):  # want CORS001
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response
