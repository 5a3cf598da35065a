from flask import Flask
from flask_cors import CORS
from flask_restful import Api, Resource


class Report(Resource):
    def get(self, report_id):
        return {"id": report_id}


app = Flask(__name__)
api = Api(app, prefix="/api/v1")
api.add_resource(Report, "/reports/<int:report_id>")

CORS(
    app,
    resources={
        r"/api/v1/*": {
            "origins": ["https://dashboard.orbital.dev", "https://orbital.dev"],
            "expose_headers": ["Content-Disposition"],
            "max_age": 3600,
        }
    },
)
