from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=[r"^https://(app|docs)\.acme\.com$"], supports_credentials=True)
