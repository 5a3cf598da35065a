from quart import Quart, request

app = Quart(__name__)


@app.after_request
async def cors(response):
    response.headers["Access-Control-Allow-Origin"] = "https://setup.nimbus-router.com"
    if request.headers.get("Access-Control-Request-Private-Network") == "true":
        response.headers["Access-Control-Allow-Private-Network"] = "true"  # want CORS017
    return response
