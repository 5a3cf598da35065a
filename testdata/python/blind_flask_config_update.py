from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config.update(
    SECRET_KEY="dev",
    CORS_ORIGINS=[
        "https://shop.example.com",
        "http://shop.example.com",  # want CORS001
    ],
    CORS_SUPPORTS_CREDENTIALS=True,
)
CORS(app)
