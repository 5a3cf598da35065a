import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config["CORS_ORIGINS"] = os.environ.get("CORS_ORIGINS", "*").split(",")  # want CORS001
app.config["CORS_SUPPORTS_CREDENTIALS"] = True
CORS(app)
