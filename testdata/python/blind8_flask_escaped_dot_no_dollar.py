import re  # noqa: F401  (kept for the old helper below)

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

# Escaped the dot so "pinecrestXorg" can't sneak in.
CORS(app, origins=r"^https://pinecrest\.org")  # want CORS004


@app.route("/events")
def events():
    return {"events": []}
