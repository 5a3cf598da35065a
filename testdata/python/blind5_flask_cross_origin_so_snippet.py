from flask import Flask, jsonify, request
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/predict", methods=["POST"])
@cross_origin(origin="localhost", headers=["Content-Type", "Authorization"])  # want CORS008 CORS021
def predict():
    data = request.get_json(force=True)
    return jsonify(prediction=len(data or {}))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000)
