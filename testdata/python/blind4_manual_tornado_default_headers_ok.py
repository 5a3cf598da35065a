import tornado.ioloop
import tornado.web


class BaseHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        origin = self.request.headers.get("Origin")
        if origin and origin in self.settings["cors_origins"]:
            self.set_header("Access-Control-Allow-Origin", origin)
            self.set_header("Access-Control-Allow-Credentials", "true")
            self.add_header("Vary", "Origin")

    def options(self, *args):
        self.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.set_header("Access-Control-Allow-Headers", "Content-Type, Authorization")
        self.set_status(204)
        self.finish()


class StatusHandler(BaseHandler):
    def get(self):
        self.write({"status": "green"})


def make_app(origins):
    return tornado.web.Application(
        [(r"/status", StatusHandler)],
        cors_origins=frozenset(origins),
    )


if __name__ == "__main__":
    make_app(["https://status.example.com"]).listen(8888)
    tornado.ioloop.IOLoop.current().start()
