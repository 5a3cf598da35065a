import falcon


class CORSComponent:
    """Only the billing SPA talks to us."""

    def process_response(self, req, resp, resource, req_succeeded):
        resp.set_header("Access-Control-Allow-Origin", "https://billing.ravenmoor.com")
        resp.set_header("Access-Control-Allow-Methods", "GET, POST")
        resp.set_header("Access-Control-Max-Age", "600")


app = falcon.App(middleware=[CORSComponent()])
