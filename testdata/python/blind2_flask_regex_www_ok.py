# flask-cors matches regex origins with re.match, so these are anchored at the
# start by the library and at the end by the `$`.
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

CORS(
    app,
    origins=[r"https://(www\.)?acme\.io$", r"https://acme-partners\.com$"],
    supports_credentials=True,
    allow_headers=["Content-Type", "X-CSRFToken"],
    max_age=900,
)


@app.get("/healthz")
def healthz():
    return "ok"
