# A local origin as the fallback of an environment lookup is a development
# value (rules.md): not CORS007.
import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=os.environ.get("CORS_ORIGINS", "http://localhost:5173").split(","))
