import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=os.environ.get("CORS_ORIGINS", "*").split(","))  # want CORS008
