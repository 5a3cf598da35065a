from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config["CORS_ALLOW_HEADERS"] = ["Authorization", "Content-Type"]
app.config["JSON_SORT_KEYS"] = False

CORS(app, origins="*")  # want CORS008


@app.route("/v1/quotes")
def quotes():
    return {"quotes": []}
