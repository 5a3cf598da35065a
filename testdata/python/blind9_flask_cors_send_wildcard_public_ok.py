from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# public open-data API, no cookies
CORS(app, resources={r"/v1/*": {"origins": ["https://opendata.acme.gov"]}}, send_wildcard=False, vary_header=True)
