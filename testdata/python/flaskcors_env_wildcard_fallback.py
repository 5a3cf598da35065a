# A dangerous literal fallback is reported: it applies when the variable is unset.
import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=os.getenv("CORS_ORIGINS", "*"))  # want CORS008
