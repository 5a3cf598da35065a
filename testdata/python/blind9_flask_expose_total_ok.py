from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config.update(CORS_ORIGINS=["https://acme.com"], CORS_EXPOSE_HEADERS=["X-Total-Count", "Link"])
CORS(app)
