from flask import Flask
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/api/report")
@cross_origin("https://dashboard.example.com", supports_credentials=True)
def report():
    # The positional origin is ignored: the default origins '*' applies.
    return {"rows": []}
