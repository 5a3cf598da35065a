from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def widget_config(request):
    response = JsonResponse({"theme": "dark"})
    origin = request.headers.get("Origin")
    if origin in ("https://embed.copperleaf.io", "null"):  # want CORS003
        response["Access-Control-Allow-Origin"] = origin
        response["Vary"] = "Origin"
    return response
