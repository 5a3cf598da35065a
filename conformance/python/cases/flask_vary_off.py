from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://a.example.com", "https://b.example.com"], vary_header=False)


@app.route("/cached")
def cached():
    return {"cached": True}
