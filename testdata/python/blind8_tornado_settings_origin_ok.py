import tornado.web

from .config import settings


class ApiHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        self.set_header("Access-Control-Allow-Origin", settings.FRONTEND_ORIGIN)
        self.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
