import falcon

PREFLIGHT_SECONDS = 10 * 60


class CORSComponent:
    def process_response(self, req, resp, resource, req_succeeded):
        resp.set_header("Access-Control-Allow-Origin", "https://desk.harrow.ai")
        resp.set_header("Access-Control-Max-Age", str(PREFLIGHT_SECONDS))


app = falcon.App(middleware=[CORSComponent()])
