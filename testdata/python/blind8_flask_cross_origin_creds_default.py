from flask import Blueprint, jsonify, session
from flask_cors import cross_origin

account = Blueprint("account", __name__)


@account.route("/account/summary")
@cross_origin(supports_credentials=True)  # want CORS001
def summary():
    return jsonify(balance=session.get("balance", 0))


@account.route("/account/ping")
def ping():
    return "pong"
