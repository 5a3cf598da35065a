"""Project-local CORS handling (we dropped django-cors-headers in 2021)."""
import re

from django.utils.cache import patch_vary_headers


class WidgetCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        origin = request.headers.get("Origin")
        if origin and re.match(r"https://.*\.acme\.com", origin):  # want CORS001
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Allow-Credentials"] = "true"
            patch_vary_headers(response, ("Origin",))
        return response
