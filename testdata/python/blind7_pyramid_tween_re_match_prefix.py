import re

ALLOWED = re.compile(r"https://(www\.)?loomcraft\.net")  # want CORS004


def cors_tween_factory(handler, registry):
    def cors_tween(request):
        response = handler(request)
        origin = request.headers.get("Origin")
        if origin and ALLOWED.match(origin):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Vary"] = "Origin"
        return response

    return cors_tween
