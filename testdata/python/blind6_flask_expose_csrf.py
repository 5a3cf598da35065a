from flask import Flask
from flask_cors import CORS
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)

CORS(
    app,
    origins=["https://console.orbitbase.cloud"],
    supports_credentials=True,
    expose_headers=["X-CSRFToken"],  # want CORS013
)
