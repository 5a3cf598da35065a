# The flask-cors echo trap: default origins plus credentials.
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    supports_credentials=True,  # want CORS001
)
