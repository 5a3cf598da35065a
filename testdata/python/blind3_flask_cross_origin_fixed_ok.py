from flask import Flask, abort, jsonify
from flask_cors import cross_origin

from .store import get_listing, search_listings

app = Flask(__name__)

PARTNER = "https://widgets.partner-portal.com"


@app.route("/listings/<int:listing_id>")
@cross_origin(origins=PARTNER, methods=["GET"])
def listing(listing_id):
    item = get_listing(listing_id)
    if item is None:
        abort(404)
    return jsonify(item)


@app.route("/listings/search")
@cross_origin(origins=PARTNER, methods=["GET"], max_age=300)
def listing_search():
    return jsonify(search_listings())


@app.route("/admin/listings", methods=["POST"])
def create_listing():
    # same-origin only, no CORS here
    return jsonify({}), 201
