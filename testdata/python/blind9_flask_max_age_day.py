from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://maps.acme.org"], max_age=86400)  # want CORS012
