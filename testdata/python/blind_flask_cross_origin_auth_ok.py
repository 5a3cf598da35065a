from flask import Blueprint, jsonify
from flask_cors import cross_origin

bp = Blueprint("reports", __name__)


@bp.route("/reports/<int:report_id>")
@cross_origin(
    origins="https://dashboard.example.org",
    allow_headers=["Content-Type", "Authorization"],
    methods=["GET"],
)
def get_report(report_id):
    return jsonify(id=report_id)
