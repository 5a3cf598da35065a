from flask import Flask, make_response

app = Flask(__name__)


@app.route("/api/profile")
def profile():
    resp = make_response({"name": "ada"})
    resp.headers["Access-Control-Allow-Origin"] = "https://me.quillpad.io"
    resp.headers["Access-Control-Allow-Credentials"] = "True"  # want CORS010
    return resp
