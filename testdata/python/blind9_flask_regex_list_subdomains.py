from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://acme.com", r"https://.*\.acme\.com$"])  # want CORS006
