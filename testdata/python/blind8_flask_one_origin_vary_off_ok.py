from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="https://player.meadowlark.fm", vary_header=False)
