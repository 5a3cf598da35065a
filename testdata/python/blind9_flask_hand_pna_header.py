from flask import Flask

app = Flask(__name__)


@app.after_request
def headers(resp):
    resp.headers["Access-Control-Allow-Origin"] = "https://setup.acme.com"
    resp.headers["Access-Control-Allow-Private-Network"] = "true"  # want CORS017
    return resp
