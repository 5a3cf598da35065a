from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    resources={
        r"/api/*": {"origins": ["https://app.example.com", "https://admin.example.com"], "supports_credentials": True},
        r"/public/*": {"origins": "*"},
    },
)


@app.route("/api/users")
def users():
    return {"users": []}


@app.route("/apifoo")
def apifoo():
    return {"not": "api"}


@app.route("/public/status")
def status():
    return {"up": True}


@app.route("/internal")
def internal():
    return {"secret": True}
