"""Sanic service: CORS by hand, checking the parsed origin piece by piece."""
from urllib.parse import urlsplit

from sanic import Sanic
from sanic.response import json

app = Sanic("ledger")

ALLOWED_HOSTS = frozenset({"books.ledgerline.com", "ledgerline.com"})


@app.on_response
async def cors(request, response):
    origin = request.headers.get("origin", "")
    parts = urlsplit(origin)
    if parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS and parts.port is None:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Vary"] = "Origin"


@app.get("/balances")
async def balances(request):
    return json({"balances": []})
