from django.http import JsonResponse


def api(request):
    response = JsonResponse({"ok": True})
    response["Access-Control-Allow-Origin"] = request.META.get("HTTP_ORIGIN")  # want CORS002 CORS018
    return response
