import tornado.web


class Base(tornado.web.RequestHandler):
    def _origin_ok(self, origin):
        return origin.endswith("example.com")  # want CORS004

    def set_default_headers(self):
        origin = self.request.headers.get("Origin", "")
        if self._origin_ok(origin):
            self.set_header("Access-Control-Allow-Origin", origin)
            self.set_header("Vary", "Origin")
