from flask import Blueprint, jsonify
from flask_cors import cross_origin

bp = Blueprint("embed", __name__)


@bp.route("/embed/config")
@cross_origin(origins=[r"https://.*\.brightlane\.tv"])  # want CORS004
def embed_config():
    return jsonify(player="v3", autoplay=False)
