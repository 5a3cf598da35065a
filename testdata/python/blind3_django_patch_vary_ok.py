"""Embeddable widget endpoints (served to customer sites we know about)."""
import json

from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

from widgets.models import Widget

EMBED_ORIGINS = frozenset(
    {
        "https://shop.greenleaf-tea.com",
        "https://www.greenleaf-tea.com",
        "https://blog.greenleaf-tea.com",
    }
)


def _with_cors(request, response: HttpResponse) -> HttpResponse:
    origin = request.headers.get("Origin")
    if origin in EMBED_ORIGINS:
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Methods"] = "GET"
    patch_vary_headers(response, ("Origin",))
    return response


@require_GET
def widget_config(request, slug):
    widget = Widget.objects.filter(slug=slug, active=True).first()
    if widget is None:
        return _with_cors(request, JsonResponse({"error": "not found"}, status=404))
    payload = {"slug": widget.slug, "theme": json.loads(widget.theme_json)}
    return _with_cors(request, JsonResponse(payload))
