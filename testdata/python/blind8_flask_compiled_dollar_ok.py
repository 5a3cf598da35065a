import re

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

# re.match anchors the start already; the $ closes the end
CORS(app, origins=[re.compile(r"https://(www\.)?saltmarsh\.coop$")], supports_credentials=True)
