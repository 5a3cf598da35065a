from sanic import Sanic
from sanic.response import json

app = Sanic("inventory")


@app.on_response
async def add_cors(request, response):
    response.headers["Access-Control-Allow-Origin"] = "*"  # want CORS001
    response.headers["Access-Control-Allow-Credentials"] = "true"


@app.get("/items")
async def items(request):
    return json([])
