import re

import tornado.web

TRUSTED = re.compile(r"https://[a-z]+\.stratus-grid\.net")  # want CORS004


class BaseHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        origin = self.request.headers.get("Origin", "")
        if TRUSTED.search(origin):
            self.set_header("Access-Control-Allow-Origin", origin)
            self.set_header("Vary", "Origin")

    def options(self, *args):
        self.set_status(204)
        self.finish()
