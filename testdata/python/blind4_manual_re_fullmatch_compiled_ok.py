import re

from sanic import Sanic
from sanic.response import json

app = Sanic("geo")
_ORIGIN = re.compile(r"https://(maps|www)\.geoloc\.org")


@app.on_response
async def cors(request, response):
    origin = request.headers.get("origin")
    if origin and _ORIGIN.fullmatch(origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"


@app.get("/lookup")
async def lookup(request):
    return json({"lat": 0, "lon": 0})
