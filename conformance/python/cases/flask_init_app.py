from flask import Flask
from flask_cors import CORS

cors = CORS(origins=["https://one.example.com", "https://two.example.com"], max_age=120)


def create_app():
    app = Flask(__name__)
    cors.init_app(app, supports_credentials=True, methods=["GET", "POST"])

    @app.route("/orders", methods=["GET", "POST"])
    def orders():
        return {"orders": []}

    return app


app = create_app()
