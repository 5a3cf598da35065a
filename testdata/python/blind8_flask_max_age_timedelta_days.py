from datetime import timedelta

from flask import Flask
from flask_cors import CORS

app = Flask("ledger")

CORS(
    app,
    origins=["https://ledger.brightpath.org"],
    methods=["GET", "POST"],
    max_age=timedelta(days=2),  # want CORS012
)
