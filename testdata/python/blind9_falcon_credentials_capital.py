import falcon


class Cors:
    def process_response(self, req, resp, resource, ok):
        resp.set_header("Access-Control-Allow-Origin", "https://acme.com")
        resp.set_header("Access-Control-Allow-Credentials", "True")  # want CORS010
