from datetime import timedelta

from flask import Flask
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/widgets", methods=["GET", "POST"])
@cross_origin(origins=["https://shop.example.com", "https://www.example.com"], methods=["GET", "POST"], allow_headers=["Content-Type", "X-Api-Key"], max_age=timedelta(minutes=10))
def widgets():
    return {"widgets": []}


@app.route("/private")
def private():
    return {"secret": True}
