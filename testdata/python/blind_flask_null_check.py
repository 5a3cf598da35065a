from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"https://app.example.com"}


@app.after_request
def cors(response):
    origin = request.headers.get("Origin")
    if origin == "null" or origin in ALLOWED:  # want CORS001
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response
