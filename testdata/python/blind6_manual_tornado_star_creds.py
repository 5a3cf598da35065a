import tornado.ioloop
import tornado.web


class BaseHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        self.set_header("Access-Control-Allow-Origin", "*")  # want CORS001
        self.set_header("Access-Control-Allow-Credentials", "true")
        self.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")

    def options(self, *args):
        self.set_status(204)
        self.finish()


class ProfileHandler(BaseHandler):
    def get(self):
        self.write({"name": self.get_secure_cookie("user")})


def make_app():
    return tornado.web.Application([(r"/profile", ProfileHandler)], cookie_secret="change-me")


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
