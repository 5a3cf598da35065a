import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

if os.environ.get("FLASK_ENV") == "development":
    CORS(app, origins=["http://localhost:3000"], supports_credentials=True)
else:
    CORS(app, origins=["https://tasks.pebblework.com"], supports_credentials=True)
