"""Public read-only catalogue API. No cookies, no auth."""
from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, send_wildcard=True, expose_headers=["X-Total-Count"])  # want CORS008

PRODUCTS = [{"id": 1, "name": "Widget"}]


@app.route("/products")
def products():
    resp = jsonify(PRODUCTS)
    resp.headers["X-Total-Count"] = str(len(PRODUCTS))
    return resp
