# CORS_HEADERS comes from a popular tutorial; flask-cors never reads it.
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config["CORS_HEADERS"] = "Content-Type"  # want CORS021
CORS(app, origins="https://app.example.com")
