from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

# flask-cors compares plain origins case-insensitively, so the capital letters are harmless here.
CORS(app, origins=["https://Dashboard.GreenRoute.io", "https://greenroute.io"], supports_credentials=True)
