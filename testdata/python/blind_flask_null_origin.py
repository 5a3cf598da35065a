# The desktop (Electron, file://) build sends Origin: null, so we allow it.
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://notes.example.com", "null"])  # want CORS003
