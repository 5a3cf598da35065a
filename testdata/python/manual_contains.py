from flask import Flask, request

app = Flask(__name__)


@app.route("/api/profile")
def profile():
    origin = request.headers.get("Origin")
    resp = app.make_response({"name": "x"})
    if origin and "example.com" in origin:  # want CORS004
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp
