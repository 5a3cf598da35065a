from django.http import JsonResponse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

from .models import WidgetConfig

TRUSTED_ORIGINS = frozenset({"https://acme.com", "https://www.acme.com"})


@require_GET
def widget_config(request, widget_id):
    cfg = WidgetConfig.objects.get(pk=widget_id)
    response = JsonResponse(cfg.as_dict())
    origin = request.headers.get("Origin")
    if origin in TRUSTED_ORIGINS:
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Credentials"] = "true"
    patch_vary_headers(response, ["Origin"])
    return response
