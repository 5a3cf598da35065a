from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string


def widget_js(request):
    """Embeddable product widget, loaded by merchants' own sites."""
    body = render_to_string("widget.js", {"shop": request.GET.get("shop", "")})
    resp = HttpResponse(body, content_type="application/javascript")
    resp["Access-Control-Allow-Origin"] = "*"  # want CORS008
    resp["Cache-Control"] = "public, max-age=300"
    return resp


def health(request):
    return JsonResponse({"ok": True})
