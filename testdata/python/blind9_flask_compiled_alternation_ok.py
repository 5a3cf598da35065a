import re

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=[re.compile(r"https://(app|admin)\.acme\.com$")], supports_credentials=True)
