import flask
import flask_cors

app = flask.Flask(__name__)
flask_cors.CORS(app, resource={"/*": {"origins": "https://app.example.com"}})  # want CORS008 CORS021


@app.after_request
def add_header_after(response):
    if flask.request.method.lower() != "options":
        response.headers["Access-Control-Allow-Origin"] = "*"  # want CORS008
    return response
