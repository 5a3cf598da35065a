import flask_cors
from flask import Flask

app = Flask(__name__)
flask_cors.CORS(
    app,
    origins="*",  # want CORS001
    supports_credentials=True,
)
