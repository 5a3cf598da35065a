"""Falcon app for the inventory service."""
import falcon

from inventory.resources import ItemResource, StockResource


class CORSComponent:
    """Answer CORS for the SPA. TODO: restrict origins before launch."""

    def process_response(self, req, resp, resource, req_succeeded):
        origin = req.get_header("Origin")
        if origin is None:
            return
        resp.set_header("Access-Control-Allow-Origin", origin)  # want CORS001 CORS018
        resp.set_header("Access-Control-Allow-Credentials", "true")
        if req.method == "OPTIONS" and req.get_header("Access-Control-Request-Method"):
            resp.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE")
            resp.set_header("Access-Control-Allow-Headers", "Content-Type, Authorization")
            resp.set_header("Access-Control-Max-Age", "600")


app = falcon.App(middleware=[CORSComponent()])
app.add_route("/items/{item_id}", ItemResource())
app.add_route("/stock", StockResource())
