from flask import Flask
from flask_cors import CORS


class Config:
    JSON_AS_ASCII = False
    CORS_SUPPORTS_CREDENTIALS = True
    CORS_ORIGINS = r"https://.*\.tern\.io"  # want CORS001


app = Flask(__name__)
app.config.from_object(Config)
CORS(app)
