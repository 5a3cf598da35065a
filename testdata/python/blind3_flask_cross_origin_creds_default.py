from flask import Flask, g, jsonify
from flask_cors import cross_origin

from .auth import login_required

app = Flask(__name__)


@app.route("/api/health")
def health():
    return {"ok": True}


@app.route("/api/me")
@cross_origin(supports_credentials=True)  # want CORS001
@login_required
def me():
    return jsonify(id=g.user.id, email=g.user.email)
