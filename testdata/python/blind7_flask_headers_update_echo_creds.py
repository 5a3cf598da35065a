from flask import Flask, request

app = Flask(__name__)


@app.after_request
def cors_headers(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers.update(
            {
                "Access-Control-Allow-Origin": origin,  # want CORS001 CORS018
                "Access-Control-Allow-Credentials": "true",
            }
        )
    return resp
