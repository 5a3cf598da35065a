from datetime import timedelta

from flask import Blueprint, jsonify
from flask_cors import cross_origin

bp = Blueprint("reports", __name__)


@bp.route("/reports")
@cross_origin(
    origins=["https://reports.ironvale.com"],
    max_age=timedelta(hours=6),  # want CORS012
)
def reports():
    return jsonify([])
