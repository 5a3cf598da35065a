import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=[os.environ.get("FRONTEND_ORIGIN", "http://localhost:3000")])
