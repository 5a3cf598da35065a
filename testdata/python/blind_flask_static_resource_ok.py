from flask import Flask
from flask_cors import CORS

app = Flask(__name__, static_folder="assets")

# Fonts are loaded from the CDN domain.
CORS(app, resources={r"/assets/fonts/*": {"origins": "https://cdn.example.com"}})
