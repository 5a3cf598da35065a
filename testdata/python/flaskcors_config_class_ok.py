from flask import Flask
from flask_cors import CORS


class Config:
    SECRET_KEY = "change-me"
    CORS_ORIGINS = ["https://app.example.com"]
    CORS_SUPPORTS_CREDENTIALS = True


app = Flask(__name__)
app.config.from_object(Config)
CORS(app)
