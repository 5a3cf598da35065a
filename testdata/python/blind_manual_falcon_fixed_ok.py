import falcon


class CORSComponent:
    def process_response(self, req, resp, resource, req_succeeded):
        resp.set_header("Access-Control-Allow-Origin", "https://app.example.com")
        resp.set_header("Access-Control-Allow-Credentials", "true")
        if req.method == "OPTIONS":
            resp.set_header("Access-Control-Allow-Methods", "GET, POST, DELETE")
            resp.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type")
            resp.set_header("Access-Control-Max-Age", "600")


app = falcon.App(middleware=[CORSComponent()])
