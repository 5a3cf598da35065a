from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://app.tern.io", "https://app.tern.io:8443"], supports_credentials=True)
