from flask import Flask, jsonify
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/status")
@cross_origin()  # want CORS008
def status():
    return jsonify(up=True)
