# Public docs site API; two hosts, one regex.  Note the $: flask-cors uses
# re.match, so without it "https://www.example.org.evil.tld" would pass.
from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)

CORS(
    app,
    origins=[
        r"^https://(www|docs)\.example\.org$",
        "https://example.org",
    ],
    max_age=3600,
)


@app.get("/search")
def search():
    return jsonify(results=[])
