from flask import Flask
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/embed/poll/<int:poll_id>")
@cross_origin(
    origins=["https://embed.pollster.io"],
    methods=["GET"],
    max_age=86400,  # want CORS012
)
def poll(poll_id):
    return {"id": poll_id}
