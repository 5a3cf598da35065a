from flask import Flask, request

app = Flask(__name__)

# comma separated list from ops; kept as a string on purpose
ALLOWED_ORIGINS = "https://shop.kettlebrew.com,https://kettlebrew.com"  # want CORS004


@app.after_request
def add_cors(response):
    origin = request.headers.get("Origin", "")
    if origin and origin in ALLOWED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
    return response


@app.route("/api/cart")
def cart():
    return {"items": []}
