from flask import Flask

app = Flask(__name__)


@app.after_request
def cors(response):
    response.headers["Access-Control-Allow-Origin"] = "https://a.corvid.dev https://b.corvid.dev"  # want CORS009
    return response
