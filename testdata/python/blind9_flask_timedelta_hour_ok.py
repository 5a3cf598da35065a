from datetime import timedelta

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://maps.acme.org"], max_age=timedelta(hours=1))
