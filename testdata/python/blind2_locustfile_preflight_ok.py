"""Load profile for the checkout API, including browser preflights."""
from locust import HttpUser, between, task


class Shopper(HttpUser):
    wait_time = between(1, 3)
    host = "https://api.shop.acme.com"

    @task(3)
    def browse(self):
        self.client.get("/v1/products", headers={"Origin": "https://shop.acme.com"})

    @task
    def checkout(self):
        # what the browser sends before the POST
        self.client.options(
            "/v1/checkout",
            headers={
                "Origin": "https://shop.acme.com",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization,content-type",
            },
            name="preflight",
        )
        with self.client.post("/v1/checkout", json={"cart": "c-1"}, catch_response=True) as r:
            if r.headers.get("Access-Control-Allow-Origin") != "https://shop.acme.com":
                r.failure("missing CORS header")
