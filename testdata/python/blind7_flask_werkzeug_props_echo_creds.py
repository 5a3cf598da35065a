from flask import Flask, request

app = Flask(__name__)


@app.after_request
def apply_cors(response):
    if request.origin:
        response.access_control_allow_origin = request.origin  # want CORS001 CORS018
        response.access_control_allow_credentials = True
    return response
