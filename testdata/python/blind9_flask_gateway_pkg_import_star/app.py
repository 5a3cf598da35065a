from flask import Flask
from flask_cors import CORS

from .cors_config import ALLOWED_ORIGINS

app = Flask(__name__)
CORS(app, origins=ALLOWED_ORIGINS, supports_credentials=True)
