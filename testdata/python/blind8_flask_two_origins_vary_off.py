from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

# our CDN strips Vary anyway, so turn it off
CORS(
    app,
    origins=["https://a.meadowlark.fm", "https://b.meadowlark.fm"],  # want CORS018
    vary_header=False,
)
