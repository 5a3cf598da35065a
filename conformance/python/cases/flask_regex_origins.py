from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# Meant as "any subdomain of example.com"; re.match is only anchored at the start.
CORS(app, origins=[r"https://.*\.example\.com"], supports_credentials=True)


@app.route("/api/orders")
def orders():
    return {"orders": []}
