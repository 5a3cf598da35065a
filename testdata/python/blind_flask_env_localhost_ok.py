import os

from dotenv import load_dotenv
from flask import Flask
from flask_cors import CORS

load_dotenv()

app = Flask(__name__)

allowed = os.getenv("ALLOWED_ORIGINS", "http://localhost:3000").split(",")
CORS(app, origins=[o.strip() for o in allowed], supports_credentials=True)


@app.route("/health")
def health():
    return "ok"
