from flask import Blueprint, jsonify, request
from flask_cors import cross_origin

from .auth import login_required
from .models import Invoice

bp = Blueprint("invoices", __name__, url_prefix="/invoices")


@bp.route("/<int:invoice_id>", methods=["GET"])
@cross_origin(
    origins=[r"https://[a-z0-9-]+\.tallyhq\.com"],  # want CORS001
    supports_credentials=True,
)
@login_required
def show(invoice_id):
    inv = Invoice.query.get_or_404(invoice_id)
    return jsonify(inv.to_dict())
