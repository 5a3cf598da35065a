from flask import Flask, request

app = Flask(__name__)

FRONTEND = "https://app.quillnote.com"


def _origin_allowed(origin: str) -> bool:
    return origin.startswith(FRONTEND)  # want CORS001


@app.after_request
def apply_cors(response):
    origin = request.headers.get("Origin", "")
    if _origin_allowed(origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response
