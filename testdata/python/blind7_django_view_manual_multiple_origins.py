from django.http import JsonResponse

PARTNER_ORIGINS = ["https://partner-a.tradewell.com", "https://partner-b.tradewell.com"]


def quote(request):
    resp = JsonResponse({"price": 42})
    resp["Access-Control-Allow-Origin"] = ", ".join(PARTNER_ORIGINS)  # want CORS009
    return resp
