"""WSGI entry point for the patient portal API."""
from flask import Flask
from flask_cors import CORS

from portal.api import blueprint as api
from portal.db import init_db

app = Flask("portal")
app.config["CORS_SUPPORTS_CREDENTIALS"] = True
app.config["CORS_EXPOSE_HEADERS"] = ["Content-Disposition"]

ALLOWED = [
    "https://portal.northwind.health",
    "https://staging.northwind.health",
    "http://staging.northwind.health",  # want CORS001
]

CORS(app, origins=ALLOWED, allow_headers=["Content-Type", "Authorization"])
init_db(app)
app.register_blueprint(api, url_prefix="/api")
