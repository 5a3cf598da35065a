from flask import Flask
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/widget")
@cross_origin(origins=["https://partner.acme.com"], max_age=3600)
def widget():
    return "ok"
