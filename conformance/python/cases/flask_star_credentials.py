from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# '*' with credentials is not refused (only with send_wildcard): it echoes.
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True, expose_headers="X-Csrf-Token")


@app.route("/api/profile", methods=["GET", "POST"])
def profile():
    return {"name": "alice"}
