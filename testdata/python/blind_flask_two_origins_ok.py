from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = "replace-in-prod"

CORS(
    app,
    origins=["https://app.example.com", "https://admin.example.com"],
    supports_credentials=True,
    max_age=600,
)


@app.get("/api/me")
def me():
    return jsonify(user=session.get("user"))


if __name__ == "__main__":
    app.run()
