from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://acme.com"], methods=["GET", "TRACE"], send_wildcard=True)
