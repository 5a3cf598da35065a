import re

from flask import Flask
from flask_cors import CORS

ORIGIN_RE = re.compile(r"^https://(app|admin)\.example\.com$")

app = Flask(__name__)
CORS(app, origins=[ORIGIN_RE], supports_credentials=True, max_age=1800)
