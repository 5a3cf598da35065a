"""Public and partner endpoints (registered under /v2 by the app factory)."""
from http import HTTPStatus

from flask import Blueprint, current_app, jsonify, request
from flask_cors import cross_origin

from .models import Order
from .auth import partner_token_required

bp = Blueprint("public", __name__, url_prefix="/v2")


@bp.route("/status")
@cross_origin(send_wildcard=True)  # want CORS008
def status():
    return jsonify(version=current_app.config.get("VERSION", "dev"), ok=True)


@bp.route("/partner/orders", methods=["GET"])
@cross_origin(
    origins=["https://partner.example.org"],
    supports_credentials=True,
    methods=["GET"],
)
@partner_token_required
def partner_orders():
    page = int(request.args.get("page", 1))
    orders = Order.query.paginate(page=page, per_page=50)
    return jsonify([o.to_dict() for o in orders.items]), HTTPStatus.OK
