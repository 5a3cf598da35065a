from sanic import Sanic

app = Sanic("api")


@app.middleware("response")
async def cors(request, response):
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("origin")  # want CORS001 CORS018
    response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
