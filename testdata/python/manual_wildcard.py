from flask import Flask

app = Flask(__name__)


@app.after_request
def add_cors(response):
    response.headers["Access-Control-Allow-Origin"] = "*"  # want CORS008
    response.headers["Access-Control-Allow-Methods"] = "GET, POST"
    return response
