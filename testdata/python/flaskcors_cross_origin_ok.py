from flask import Flask
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/api/items", methods=["GET", "POST"])
@cross_origin(origins=["https://app.example.com"], methods=["GET", "POST"])
def items():
    return []
