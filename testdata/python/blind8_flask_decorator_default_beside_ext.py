from flask import Flask, jsonify
from flask_cors import CORS, cross_origin

app = Flask(__name__)
CORS(app, resources={r"/api/*": {"origins": "https://app.lumencart.com"}}, supports_credentials=True)


@app.route("/widget/config")
@cross_origin()  # want CORS008
def widget_config():
    return jsonify(theme="light")
