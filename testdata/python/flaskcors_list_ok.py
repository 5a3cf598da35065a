from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
ALLOWED_ORIGINS = [
    "https://app.example.com",
    "https://admin.example.com",
]
CORS(app, origins=ALLOWED_ORIGINS, supports_credentials=True, max_age=600)
