from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# meant as "any subdomain", but flask-cors reads it as a regex
CORS(app, origins="https://*.acme.com")  # want CORS004
