from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# plain string: flask-cors compares it literally (a '.' does not make it a regex)
CORS(app, origins="https://app.gullwing.travel", supports_credentials=True)
