from django.http import JsonResponse


def api(request):
    origin = request.headers.get("Origin", "")
    resp = JsonResponse({"ok": True})
    if origin.startswith("https://acme.com"):  # want CORS004
        resp["Access-Control-Allow-Origin"] = origin
        resp["Vary"] = "Origin"
    return resp
