from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)

# every tenant gets <slug>.finchly.io, so allow them all
CORS(
    app,
    resources={
        r"/api/*": {"origins": r"https://.*\.finchly\.io"},  # want CORS001
    },
    supports_credentials=True,
)


@app.get("/api/me")
def me():
    return jsonify(user="demo")
