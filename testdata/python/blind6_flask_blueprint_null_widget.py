from flask import Blueprint
from flask_cors import CORS

widgets = Blueprint("widgets", __name__, url_prefix="/widgets")

# Widgets also render inside sandboxed iframes on the marketing site.
CORS(widgets, resources={r"/*": {"origins": ["https://embed.brightlane.tv", "null"]}})  # want CORS003


@widgets.get("/<widget_id>")
def get_widget(widget_id):
    return {"id": widget_id}
