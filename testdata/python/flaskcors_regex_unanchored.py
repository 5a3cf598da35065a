# flask-cors uses re.match: the pattern is anchored at the start only.
from flask import Flask
from flask_cors import CORS as EnableCors

app = Flask(__name__)
EnableCors(app, origins=[r"https://app\.example\.com"])  # want CORS004
