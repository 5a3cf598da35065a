# -*- coding: utf-8 -*-
"""WSGI app for the customer API."""
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_login import LoginManager

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
login_manager = LoginManager(app)

# Any of our subdomains may call us with the session cookie.
CORS(app,
     origins=[r"https://[a-z0-9-]+\.northwind\.com"],  # want CORS001
     supports_credentials=True)


@app.route("/me")
def me():
    return jsonify({"ok": True})


if __name__ == "__main__":
    app.run()
