from flask import Flask
from flask_cors import CORS

app = Flask(__name__, static_folder="public")
# Only static assets; the API blueprint is same-origin.
CORS(app, resources={r"/public/*": {"origins": "https://cdn-consumer.palisade.io"}}, max_age=3600)
