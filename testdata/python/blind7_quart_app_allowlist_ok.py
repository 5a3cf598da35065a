from quart import Quart, request

app = Quart(__name__)
ALLOWED = ("https://chat.emberline.io",)


@app.after_request
async def cors(response):
    origin = request.headers.get("Origin")
    if origin in ALLOWED:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.vary.add("Origin")
    return response
