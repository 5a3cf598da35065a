# coding: utf-8
from flask import Flask, request, jsonify
from flask_cors import CORS

app = Flask(__name__)

CORS(app,
     resources={
         r"/api/*": {"origins": "*"},  # want CORS001
     },
     supports_credentials=True)


@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json(force=True)
    resp = jsonify(ok=True, user=body.get("username"))
    resp.set_cookie("sid", "abc", httponly=True, samesite="None", secure=True)
    return resp
