import falcon


class CorsComponent:
    def process_response(self, req, resp, resource, req_succeeded):
        resp.set_header("Access-Control-Allow-Origin", "https://docs.acme.com")
        resp.set_header("Access-Control-Allow-Methods", "GET")


app = falcon.App(middleware=[CorsComponent()])
