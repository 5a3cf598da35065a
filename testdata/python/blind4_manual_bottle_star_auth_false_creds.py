import bottle
from bottle import hook, response, route, run


@hook("after_request")
def enable_cors():
    response.headers["Access-Control-Allow-Origin"] = "*"  # want CORS008
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
    response.headers["Access-Control-Allow-Credentials"] = "false"  # want CORS010


@route("/api/quotes", method=["GET", "OPTIONS"])
def quotes():
    if bottle.request.method == "OPTIONS":
        return {}
    return {"quotes": []}


if __name__ == "__main__":
    run(host="0.0.0.0", port=8080)
