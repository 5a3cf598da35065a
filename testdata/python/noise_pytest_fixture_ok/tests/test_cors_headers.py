from flask import Flask


def make_app():
    app = Flask(__name__)

    @app.after_request
    def cors(resp):
        resp.headers["Access-Control-Allow-Origin"] = "*"
        return resp

    return app


def test_star():
    c = make_app().test_client()
    r = c.get("/", headers={"Origin": "https://a.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"


def fake_upstream(environ, start_response):
    # A stand-in server for the proxy tests.
    start_response("200 OK", [("Access-Control-Allow-Origin", "*"), ("Access-Control-Allow-Credentials", "true")])
    return [b""]
