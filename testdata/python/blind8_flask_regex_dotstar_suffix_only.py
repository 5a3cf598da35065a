from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

CORS(
    app,
    origins=["https://vantage.io", r"https://.*\.vantage\.io$"],  # want CORS006
)
