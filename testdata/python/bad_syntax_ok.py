from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

def broken(:
    return 1

CORS(app, origins=["https://app.example.com"])
