from flask import Flask, jsonify, request
from flask_cors import CORS

app = Flask(__name__)
app.config["JSON_SORT_KEYS"] = False

CORS(
    app,
    origins=["https://portal.example.com"],
    supports_credentials=True,
    expose_headers=[  # want CORS013
        "X-Request-ID",
        "X-RateLimit-Remaining",
        "X-Auth-Token",
    ],
)


@app.post("/login")
def login():
    token = "..."  # issued by auth backend
    resp = jsonify(ok=True)
    resp.headers["X-Auth-Token"] = token
    return resp
