import tornado.web

ALLOWED = frozenset({"https://a.acme.com", "https://b.acme.com"})


class Handler(tornado.web.RequestHandler):
    def set_default_headers(self):
        origin = self.request.headers.get("Origin")
        if origin in ALLOWED:
            self.set_header("Access-Control-Allow-Origin", origin)
            self.set_header("Vary", "Origin")
