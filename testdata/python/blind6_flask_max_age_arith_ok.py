from flask import Flask
from flask_cors import CORS

ONE_HOUR = 60 * 60

app = Flask(__name__)
CORS(
    app,
    origins=["https://ops.flintworks.dev"],
    methods=["GET", "POST", "DELETE"],
    max_age=ONE_HOUR,
)
