from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def public_stats(request):
    response = JsonResponse({"visits": 1024})
    response.headers["access-control-allow-origin"] = request.headers.get("origin", "*")  # want CORS002 CORS018
    return response
