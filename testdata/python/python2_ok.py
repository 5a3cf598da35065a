# A Python 2 file: print statements parse, the rest is still read.
from flask import Flask
from flask.ext.cors import CORS

app = Flask(__name__)
print "starting"
CORS(app, origins=["https://app.example.com"])
