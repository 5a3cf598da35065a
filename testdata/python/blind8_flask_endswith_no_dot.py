from flask import Flask, request

app = Flask(__name__)


def origin_allowed(origin: str) -> bool:
    return origin.endswith("partnerhub.com")  # want CORS004


@app.after_request
def apply_cors(response):
    origin = request.headers.get("Origin")
    if origin and origin_allowed(origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers.add("Vary", "Origin")
    return response
