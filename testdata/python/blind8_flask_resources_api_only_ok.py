from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

CORS(app, resources={r"/api/*": {"origins": ["https://console.tern.io"], "max_age": 900}})


@app.route("/api/jobs")
def jobs():
    return {"jobs": []}
