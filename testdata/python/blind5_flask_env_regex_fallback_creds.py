import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

# Defaults to every subdomain; ops can narrow it per environment.
CORS(
    app,
    origins=os.getenv("CORS_ORIGIN_PATTERN", r"https://.*\.example\.com"),  # want CORS001
    supports_credentials=True,
)
