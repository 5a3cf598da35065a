from sanic import Sanic
from sanic.response import json

app = Sanic("geo")


@app.on_response
async def add_cors(request, response):
    response.headers["Access-Control-Allow-Origin"] = "*"  # want CORS008
    response.headers["Access-Control-Allow-Headers"] = "*"
    response.headers["Access-Control-Max-Age"] = "86400"  # want CORS012


@app.get("/lookup/<ip>")
async def lookup(request, ip):
    return json({"ip": ip, "country": "NL"})
