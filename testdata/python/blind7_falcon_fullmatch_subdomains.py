import re

import falcon


class CORSComponent:
    def process_response(self, req, resp, resource, req_succeeded):
        origin = req.get_header("Origin")
        if origin and re.fullmatch(r"https://[a-z0-9]+\.kitebase\.com", origin):  # want CORS006
            resp.set_header("Access-Control-Allow-Origin", origin)
            resp.append_header("Vary", "Origin")


app = falcon.App(middleware=[CORSComponent()])
