import re

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
TRUSTED = re.compile(r"https://app\.driftwood\.com")  # want CORS004
CORS(app, origins=[TRUSTED])
