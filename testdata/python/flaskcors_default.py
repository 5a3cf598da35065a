# CORS(app) with no options: flask-cors echoes every origin (default '*').
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app)  # want CORS008


@app.route("/api/data")
def data():
    return {"ok": True}
