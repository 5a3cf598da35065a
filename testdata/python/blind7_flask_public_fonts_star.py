"""Public read-only fonts API. No cookies, no auth."""
from flask import Flask, send_from_directory
from flask_cors import CORS

app = Flask(__name__, static_folder="fonts")
CORS(app, resources={r"/fonts/*": {"origins": "*", "max_age": 86400}})  # want CORS008 CORS012


@app.route("/fonts/<path:name>")
def font(name):
    return send_from_directory(app.static_folder, name)
