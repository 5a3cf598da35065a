from django.http import JsonResponse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET


@require_GET
def widget_config(request):
    response = JsonResponse({"theme": "dark", "locale": "en"})
    response["Access-Control-Allow-Origin"] = request.META.get("HTTP_ORIGIN", "")  # want CORS002
    patch_vary_headers(response, ("Origin",))
    return response
