import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

ALLOWED = [o for o in os.environ.get("ALLOWED_ORIGINS", "").split(",") if o]
CORS(app, origins=ALLOWED, supports_credentials=True)
