def app(environ, start_response):
    start_response("200 OK", [
        ("Content-Type", "application/json"),
        ("Access-Control-Allow-Origin", environ.get("HTTP_ORIGIN", "")),  # want CORS002 CORS018
    ])
    return [b"{}"]
