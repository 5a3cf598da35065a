from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

CORS(
    app,
    resources={
        r"/public/*": {"origins": "*"},  # want CORS008
        r"/api/*": {
            "origins": ["https://app.tallyhq.io"],
            "supports_credentials": True,
        },
    },
)


@app.route("/public/rates")
def rates():
    return {"usd": 1.0}
