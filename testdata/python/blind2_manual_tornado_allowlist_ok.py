import tornado.ioloop
import tornado.web


class BaseHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        origin = self.request.headers.get("Origin")
        if origin and origin in self.settings.get("cors_origins", ()):
            self.set_header("Access-Control-Allow-Origin", origin)
            self.set_header("Access-Control-Allow-Credentials", "true")
        self.set_header("Vary", "Origin")

    def options(self, *args):
        self.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.set_header("Access-Control-Allow-Headers", "Content-Type")
        self.set_status(204)
        self.finish()


class ScoresHandler(BaseHandler):
    def get(self):
        self.write({"scores": []})


def make_app(origins):
    return tornado.web.Application([(r"/scores", ScoresHandler)], cors_origins=origins)


if __name__ == "__main__":
    make_app(["https://scores.acme.com"]).listen(8888)
    tornado.ioloop.IOLoop.current().start()
