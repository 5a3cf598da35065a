from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config["CORS_MAX_AGE"] = "86400"  # want CORS012
app.config["CORS_ORIGINS"] = ["https://acme.com"]
CORS(app)
