from flask import Blueprint, Flask, jsonify
from flask_cors import CORS

api_bp = Blueprint("api", __name__, url_prefix="/api")
admin_bp = Blueprint("admin", __name__, url_prefix="/admin")

# Only the API blueprint is reachable cross-origin; the admin pages are not.
CORS(
    api_bp,
    origins=["https://acme.com", "https://www.acme.com"],
    supports_credentials=True,
    max_age=600,
)
# Old setup, kept for reference until the mobile app is migrated:
# CORS(app, resources={r"/*": {"origins": "*"}}, supports_credentials=True)


@api_bp.get("/cart")
def cart():
    return jsonify(items=[])


@admin_bp.get("/")
def admin_index():
    return "admin"


def create_app():
    app = Flask(__name__)
    app.register_blueprint(api_bp)
    app.register_blueprint(admin_bp)
    return app
