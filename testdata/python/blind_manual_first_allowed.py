from flask import Flask, request

app = Flask(__name__)
ALLOWED = ["https://app.example.com", "https://beta.example.com"]


@app.after_request
def cors(response):
    origin = request.headers.get("Origin")
    allow = origin if origin in ALLOWED else ALLOWED[0]
    response.headers["Access-Control-Allow-Origin"] = allow  # want CORS018
    return response
