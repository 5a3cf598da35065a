import re

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

CORS(
    app,
    origins=[re.compile(r"^https://(portal|docs)\.ashgrove\.ai$", re.IGNORECASE)],
    supports_credentials=True,
    allow_headers=["Content-Type", "Authorization"],
)
