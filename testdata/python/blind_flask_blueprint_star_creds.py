from flask import Blueprint, jsonify, request
from flask_cors import CORS

api_v1 = Blueprint("api_v1", __name__)
CORS(api_v1, origins="*", supports_credentials=True)  # want CORS001


@api_v1.route("/profile")
def profile():
    return jsonify(cookie=request.cookies.get("session"))
