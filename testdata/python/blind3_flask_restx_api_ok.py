from flask import Blueprint, Flask
from flask_cors import CORS
from flask_restx import Api, Namespace, Resource

ns = Namespace("shipments", description="Shipment tracking")


@ns.route("/<string:tracking_id>")
class Shipment(Resource):
    def get(self, tracking_id):
        return {"id": tracking_id, "status": "in_transit"}


def create_app(config):
    app = Flask(__name__)
    app.config.from_mapping(config)

    blueprint = Blueprint("api", __name__, url_prefix="/api")
    api = Api(blueprint, version="1.0", title="Freightly tracking", doc="/docs")
    api.add_namespace(ns)
    app.register_blueprint(blueprint)

    # Only the API is cross-origin; the origin comes from deployment config.
    CORS(app, resources={r"/api/*": {"origins": app.config["FRONTEND_ORIGIN"]}})
    return app
