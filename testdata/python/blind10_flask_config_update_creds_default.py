from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config.update(
    SECRET_KEY="change-me",
    CORS_SUPPORTS_CREDENTIALS=True,  # want CORS001
    CORS_MAX_AGE=300,
)
CORS(app)
