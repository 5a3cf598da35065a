import re

import falcon


class CORSComponent:
    def process_response(self, req, resp, resource, req_succeeded):
        origin = req.get_header("Origin")
        if origin and re.search(r"acmebank\.com$", origin):  # want CORS001
            resp.set_header("Access-Control-Allow-Origin", origin)
            resp.set_header("Access-Control-Allow-Credentials", "true")
            resp.append_header("Vary", "Origin")


class Accounts:
    def on_get(self, req, resp):
        resp.media = {"accounts": []}


app = falcon.App(middleware=[CORSComponent()])
app.add_route("/accounts", Accounts())
