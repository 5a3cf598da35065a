from flask import Flask, request

app = Flask(__name__)

# A tuple of whole origins: `in` compares each entry exactly, unlike `in` on
# one long string.
ALLOWED = ("https://app.example.com", "https://admin.example.com")


@app.after_request
def add_cors(response):
    origin = request.headers.get("Origin", "")
    if origin in ALLOWED:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers.add("Vary", "Origin")
    return response
