from flask import Blueprint, jsonify, request
from flask_cors import cross_origin

from .models import Widget

bp = Blueprint("embed", __name__, url_prefix="/embed")


@bp.route("/widgets/<int:widget_id>")
@cross_origin(
    origins=[
        "https://www.example-news.com",
        # the widget is also rendered inside sandboxed iframes on partner sites
        "null",  # want CORS003
    ],
    methods=["GET"],
)
def widget(widget_id):
    w = Widget.query.get_or_404(widget_id)
    return jsonify(w.to_dict())


@bp.route("/health")
def health():
    return "", 204
