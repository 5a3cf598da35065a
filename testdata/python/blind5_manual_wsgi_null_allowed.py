"""Plain WSGI middleware wrapping the legacy reporting app."""

ALLOWED_ORIGINS = {
    "https://reports.example.com",
    "null",  # want CORS003
}


class CORSMiddleware:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        origin = environ.get("HTTP_ORIGIN", "")

        def _start_response(status, headers, exc_info=None):
            headers.append(("Vary", "Origin"))
            if origin in ALLOWED_ORIGINS:
                headers.append(("Access-Control-Allow-Origin", origin))
            return start_response(status, headers, exc_info)

        return self.app(environ, _start_response)
