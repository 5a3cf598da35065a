from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    origins="https://router.acme.io",
    allow_private_network=True,  # want CORS017
)
