from sanic import Sanic
from sanic.response import json

app = Sanic("billing")

FRONTEND = "https://billing.example.io"


@app.on_response
async def cors_headers(request, response):
    response.headers["Access-Control-Allow-Origin"] = FRONTEND
    response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"


@app.route("/invoices", methods=["GET", "OPTIONS"])
async def invoices(request):
    return json({"invoices": []})
