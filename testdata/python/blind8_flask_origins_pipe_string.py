from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

# both frontends
CORS(app, origins="https://app.ridgeline.co|https://admin.ridgeline.co")  # want CORS011
