import flask

ALLOW_HEADERS = "Origin, Accept, X-Requested-With, Content-Type, Authorization, Cookie"


def make_response(request, methods="GET"):
    response = flask.make_response()
    response.headers["Access-Control-Allow-Credentials"] = "true"
    origin = request.headers.get("origin")
    response.headers["Access-Control-Allow-Origin"] = origin if origin else "*"  # want CORS001 CORS018

    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = methods
        response.headers["Access-Control-Allow-Headers"] = ALLOW_HEADERS
    return response
