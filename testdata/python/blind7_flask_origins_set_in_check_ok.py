from flask import Flask, request

app = Flask(__name__)

ALLOWED_ORIGINS = {"https://shop.kettlebrew.com", "https://kettlebrew.com"}


@app.after_request
def add_cors(response):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers.add("Vary", "Origin")
    return response


@app.route("/api/cart")
def cart():
    return {"items": []}
