from flask import Flask

app = Flask(__name__)

ALLOWED_ORIGINS = ["https://a.example.com", "https://b.example.com"]


@app.after_request
def cors(response):
    response.headers["Access-Control-Allow-Origin"] = ", ".join(ALLOWED_ORIGINS)  # want CORS009
    response.headers["Access-Control-Allow-Methods"] = "GET,POST"
    return response
