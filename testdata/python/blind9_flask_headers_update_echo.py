from flask import Flask, request

app = Flask(__name__)


@app.after_request
def cors(resp):
    resp.headers.update({
        "Access-Control-Allow-Origin": request.headers.get("Origin", ""),  # want CORS002
        "Vary": "Origin",
    })
    return resp
