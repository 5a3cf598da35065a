from django.http import HttpResponse

ALLOWED = ["https://app.tallgrass.io", "https://tallgrass.io"]


class CorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        origin = request.META.get("HTTP_ORIGIN")
        response["Access-Control-Allow-Origin"] = origin if origin in ALLOWED else ALLOWED[0]
        response["Vary"] = "Origin"
        return response
