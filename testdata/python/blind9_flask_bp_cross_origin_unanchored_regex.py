"""Partner webhooks blueprint."""
from flask import Blueprint, jsonify, request
from flask_cors import cross_origin

bp = Blueprint("partners", __name__, url_prefix="/partners")


@bp.route("/quote", methods=["POST"])
@cross_origin(origins=[r"https://portal\.partnerhub\.io"])  # want CORS004
def quote():
    payload = request.get_json(force=True)
    return jsonify({"ok": True, "items": len(payload.get("items", []))})
