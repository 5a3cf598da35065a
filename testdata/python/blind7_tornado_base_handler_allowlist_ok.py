import tornado.web

TRUSTED = frozenset({"https://telemetry.polarbyte.io", "https://ops.polarbyte.io"})


class BaseHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        origin = self.request.headers.get("Origin")
        if origin in TRUSTED:
            self.set_header("Access-Control-Allow-Origin", origin)
            self.set_header("Access-Control-Allow-Credentials", "true")
        self.add_header("Vary", "Origin")

    def options(self, *args):
        self.set_header("Access-Control-Allow-Methods", "GET, POST")
        self.set_status(204)
        self.finish()
