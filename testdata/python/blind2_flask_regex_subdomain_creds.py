# Tenant portals live on <tenant>.acme.io; partners get a fixed origin.
from flask import Flask, g, jsonify
from flask_cors import CORS
from flask_login import LoginManager, current_user, login_required

app = Flask(__name__)
app.config.from_envvar("PORTAL_SETTINGS")
login_manager = LoginManager(app)

CORS(
    app,
    origins=[
        r"^https://([a-z0-9-]+\.)?acme\.io$",  # want CORS006
        "https://partner.example.org",
    ],
    supports_credentials=True,
    max_age=3600,
)


@app.route("/api/me")
@login_required
def me():
    return jsonify(id=current_user.id, tenant=g.get("tenant"))
