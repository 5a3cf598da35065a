from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# Credentials with the default origins: every origin is echoed with credentials.
CORS(app, supports_credentials=True)


@app.route("/account")
def account():
    return {"balance": 42}
