from flask import Flask
from flask_cors import CORS

from .views import register_views

app = Flask(__name__)

CORS(
    app,
    origins=["https://portal.example.net"],
    expose_headers=["Content-Disposition", "X-CSRFToken"],  # want CORS013
    max_age="86400",  # want CORS012
)
register_views(app)
