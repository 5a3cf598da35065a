from werkzeug.wrappers import Response


def app(environ, start_response):
    headers = [
        ("Content-Type", "application/json"),
        ("Access-Control-Allow-Origin", "https://status.acme.com"),
        ("Access-Control-Max-Age", "600"),
    ]
    return Response('{"ok": true}', headers=headers)(environ, start_response)
