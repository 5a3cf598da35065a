from flask import Flask, request

app = Flask(__name__)
ALLOWED = ("https://app.example.com", "https://beta.example.com")


@app.after_request
def cors(response):
    origin = request.headers.get("Origin")
    if origin in ALLOWED:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.vary.add("Origin")
    return response
