# Ported from our FastAPI service; same options, same values.
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

CORS(  # want CORS008
    app,
    allow_origins=["https://maps.example.com"],  # want CORS021
    allow_headers=["Content-Type"],
)


@app.route("/tiles/<int:z>/<int:x>/<int:y>.png")
def tile(z, x, y):
    return b"", 200, {"Content-Type": "image/png"}
