import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

origins = ["https://www.example.com"]
if os.environ.get("FLASK_ENV") == "development":
    origins.append("http://localhost:5173")

CORS(app, origins=origins)
