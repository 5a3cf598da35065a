from django.conf import settings
from django.utils.cache import patch_vary_headers


class PartnerCorsMiddleware:
    """Lets the partner dashboards call /partner/ endpoints with cookies."""

    allowed = frozenset({"https://partners.keelhaul.io", "https://ops.keelhaul.io"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith("/partner/"):
            return response
        origin = request.headers.get("Origin")
        if origin in self.allowed:
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Allow-Credentials"] = "true"
        patch_vary_headers(response, ("Origin",))
        return response
