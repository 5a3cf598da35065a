"""WSGI entrypoint used by gunicorn (see Procfile)."""
from flask import Flask
from flask_cors import CORS
from werkzeug.middleware.proxy_fix import ProxyFix

DOMAIN = "example.com"
SUBDOMAINS = ("app", "admin", "status")
ORIGINS = tuple(f"https://{sub}.{DOMAIN}" for sub in SUBDOMAINS)

app = Flask(__name__)
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
CORS(app, origins=ORIGINS, supports_credentials=True)


@app.route("/ping")
def ping():
    return "pong"
