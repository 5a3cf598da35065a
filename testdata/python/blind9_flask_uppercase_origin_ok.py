from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# flask-cors compares plain origins case-insensitively, so the capital letter is harmless
CORS(app, origins=["https://App.acme.com"])
