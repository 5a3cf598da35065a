import re

import falcon

# acme.io and every tenant subdomain (tenant.acme.io)
ORIGIN_RE = re.compile(r"https://([a-z0-9-]+\.)*acme\.io")  # want CORS004


class CORSComponent:
    def process_response(self, req, resp, resource, req_succeeded):
        origin = req.get_header("Origin")
        resp.append_header("Vary", "Origin")
        if origin and ORIGIN_RE.match(origin):
            resp.set_header("Access-Control-Allow-Origin", origin)
            resp.set_header("Access-Control-Allow-Methods", "GET, POST, DELETE")


class Tenants:
    def on_get(self, req, resp):
        resp.media = {"tenants": []}


app = falcon.App(middleware=[CORSComponent()])
app.add_route("/tenants", Tenants())
