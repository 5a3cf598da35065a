from sanic import Sanic
from sanic.response import empty

app = Sanic("geo")


@app.on_response
async def add_cors(request, response):
    response.headers["Access-Control-Allow-Origin"] = "https://maps.geofern.net"
    response.headers["Access-Control-Max-Age"] = str(60 * 60 * 24)  # want CORS012


@app.options("/<path:path>")
async def preflight(request, path):
    return empty()
