from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

EMBED_ORIGINS = frozenset({"https://blog.saffronreads.com", "https://saffronreads.com"})


def oembed(request):
    response = HttpResponse(b"{}", content_type="application/json")
    origin = request.headers.get("Origin")
    if origin in EMBED_ORIGINS:
        response["Access-Control-Allow-Origin"] = origin
    patch_vary_headers(response, ["Origin"])
    return response
