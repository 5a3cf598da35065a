from flask import Flask, request

from .routes import bp

TRUSTED_ORIGINS = (
    "https://app.pinecrest.io",
    "https://admin.pinecrest.io",
)

app = Flask(__name__)
app.register_blueprint(bp)


@app.after_request
def apply_cors(response):
    origin = request.headers.get("Origin", "")
    # allow the front ends (also matches their deploy previews with a port)
    if any(origin.startswith(o) for o in TRUSTED_ORIGINS):  # want CORS004
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers.add("Vary", "Origin")
    return response
