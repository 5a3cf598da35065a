from flask import Flask, request

app = Flask(__name__)
ALLOWED_ORIGINS = ["https://app.example.com", "https://admin.example.com"]


@app.after_request
def add_cors(response):
    origin = request.headers.get("Origin")
    if origin not in ALLOWED_ORIGINS:
        return response
    response.headers["Access-Control-Allow-Origin"] = origin  # want CORS018
    return response
