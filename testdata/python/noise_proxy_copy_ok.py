from flask import Flask, Response, request
import requests

app = Flask(__name__)
UPSTREAM = "https://internal.example.com"


@app.route("/<path:p>")
def proxy(p):
    up = requests.get(f"{UPSTREAM}/{p}", headers={"Origin": request.headers.get("Origin", "")}, timeout=5)
    resp = Response(up.content, status=up.status_code)
    for name in ("Content-Type", "Access-Control-Allow-Origin"):
        if name in up.headers:
            resp.headers[name] = up.headers[name]
    return resp
