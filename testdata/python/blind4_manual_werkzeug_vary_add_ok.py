from flask import Flask, request

app = Flask(__name__)
app.config.from_prefixed_env()

ALLOWED = frozenset({"https://studio.palette.design", "https://palette.design"})


@app.after_request
def cors_headers(response):
    origin = request.headers.get("Origin")
    response.vary.add("Origin")
    if origin in ALLOWED:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
