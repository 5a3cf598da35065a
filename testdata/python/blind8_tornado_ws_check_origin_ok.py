import tornado.web
import tornado.websocket


class LiveSocket(tornado.websocket.WebSocketHandler):
    def check_origin(self, origin):
        # websocket handshake only, not CORS
        return origin.endswith("plover.dev")


class ApiHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        self.set_header("Access-Control-Allow-Origin", "https://app.plover.dev")
        self.set_header("Access-Control-Allow-Methods", "GET")
