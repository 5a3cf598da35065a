from sanic import Sanic
from sanic.response import empty, json

app = Sanic("console_api")


@app.on_response
async def add_cors(request, response):
    response.headers["Access-Control-Allow-Origin"] = "https://console.acme.com"
    response.headers["Access-Control-Allow-Headers"] = "content-type, authorization"
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, PATCH"
    response.headers["Access-Control-Max-Age"] = "86400"  # want CORS012


@app.route("/api/<path:path>", methods=["OPTIONS"])
async def preflight(request, path):
    return empty()


@app.get("/api/projects")
async def projects(request):
    return json([])
