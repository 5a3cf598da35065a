from flask import Flask, request

app = Flask(__name__)
ALLOWED = ("https://a.acme.com", "https://b.acme.com")


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    resp.headers["Access-Control-Allow-Origin"] = origin if origin in ALLOWED else ALLOWED[0]  # want CORS018
    return resp
