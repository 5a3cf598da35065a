from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# all our subdomains
CORS(app, origins=["https://*.example.com"])  # want CORS004
