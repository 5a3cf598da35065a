from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config["CORS_ORIGINS"] = ["https://portal.example.com", r"https://.*\.portal\.example\.com"]
app.config["CORS_SUPPORTS_CREDENTIALS"] = True
app.config["CORS_EXPOSE_HEADERS"] = "X-Page"
CORS(app, max_age=600)


@app.route("/session")
def session_info():
    return {"ok": True}
