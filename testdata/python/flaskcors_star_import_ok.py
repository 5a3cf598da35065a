from flask import Flask
from flask_cors import *

app = Flask(__name__)
CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com"]}})
