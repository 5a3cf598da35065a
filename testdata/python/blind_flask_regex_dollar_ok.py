from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# re.match anchors at the start; $ closes the end.
CORS(app, origins=[r"https://app\.example\.com$", r"https://admin\.example\.com$"], supports_credentials=True, max_age=600)
