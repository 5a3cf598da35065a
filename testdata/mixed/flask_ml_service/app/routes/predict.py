from flask import Blueprint, jsonify, request
from flask_cors import cross_origin

bp = Blueprint("predict", __name__, url_prefix="/widget")


@bp.route("/score", methods=["POST"])
@cross_origin(origins=r"https://.*\.mlhub\.org")  # want CORS004
def score():
    payload = request.get_json(force=True)
    return jsonify({"score": len(payload.get("text", "")) / 100})


@bp.route("/ping")
def ping():
    return jsonify({"ok": True})
