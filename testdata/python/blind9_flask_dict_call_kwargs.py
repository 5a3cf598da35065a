from flask import Flask
from flask_cors import CORS

cors_options = dict(
    origins="*",  # want CORS001
    supports_credentials=True,
    max_age=600,
)

app = Flask(__name__)
CORS(app, **cors_options)
