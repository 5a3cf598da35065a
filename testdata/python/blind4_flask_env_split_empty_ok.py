import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    origins=[o.strip() for o in os.getenv("ALLOWED_ORIGINS", "").split(",") if o.strip()],
    supports_credentials=True,
    max_age=900,
)
