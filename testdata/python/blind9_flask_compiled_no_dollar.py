import re

from flask import Flask
from flask_cors import CORS

APP_ORIGIN = re.compile(r"https://app\.acme\.com")  # want CORS004

app = Flask(__name__)
CORS(app, origins=[APP_ORIGIN], supports_credentials=False)
