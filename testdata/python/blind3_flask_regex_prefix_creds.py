# acme-health patient portal API
import re

from flask import Flask
from flask_cors import CORS

from .views import register_views

app = Flask(__name__)
app.config.from_envvar("PORTAL_SETTINGS")

CORS(
    app,
    origins=[
        r"https://.*\.acme-health\.org",  # want CORS001
        "https://acme-health.org",
    ],
    supports_credentials=True,
)
register_views(app)
