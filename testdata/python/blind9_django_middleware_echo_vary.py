from django.utils.cache import patch_vary_headers


class OpenCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        origin = request.META.get("HTTP_ORIGIN")
        if origin:
            response["Access-Control-Allow-Origin"] = origin  # want CORS002
            patch_vary_headers(response, ["Origin"])
        return response
