from sanic import Sanic
from sanic.response import json

app = Sanic("geo")


@app.on_response
async def cors(request, response):
    response.headers["Access-Control-Allow-Origin"] = "https://geo.atlasfield.com"
    response.headers["Access-Control-Max-Age"] = "172800"  # want CORS012


@app.get("/lookup")
async def lookup(request):
    return json({"ip": request.ip})
