from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

PARTNER_ORIGINS = [
    "https://partner.example.net",
    "http://partner.example.net",  # want CORS005
    "https://www.example.com",
]

CORS(app, resources={r"/partner/*": {"origins": PARTNER_ORIGINS}})


@app.get("/partner/catalog")
def catalog():
    return {"items": []}
