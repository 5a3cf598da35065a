from flask import Flask

app = Flask(__name__)


@app.route("/feed.json")
def feed():
    data = {"items": []}
    return data, 200, {"Access-Control-Allow-Origin": "*"}  # want CORS008
