# cross_origin ignores positional arguments: this view allows every origin.
from flask import Flask
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/api/items")
@cross_origin("https://app.example.com")  # want CORS008 CORS021
def items():
    return []
