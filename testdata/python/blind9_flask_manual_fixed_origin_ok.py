from flask import Flask

app = Flask(__name__)
FRONTEND = "https://studio.acme.com"


@app.after_request
def cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = FRONTEND
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    resp.headers["Access-Control-Allow-Methods"] = "GET, POST"
    return resp
