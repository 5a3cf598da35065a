import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
app.config["CORS_ORIGINS"] = ["https://planner.flintworks.dev"]
app.config["CORS_MAX_AGE"] = 60 * 60 * 24 * 7  # want CORS012
CORS(app)
