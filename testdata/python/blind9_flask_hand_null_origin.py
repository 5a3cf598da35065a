from flask import Flask, make_response

app = Flask(__name__)


@app.route("/embed")
def embed():
    resp = make_response("ok")
    resp.headers["Access-Control-Allow-Origin"] = "null"  # want CORS003
    return resp
