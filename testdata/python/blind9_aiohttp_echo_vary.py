from aiohttp import web


@web.middleware
async def cors(request, handler):
    resp = await handler(request)
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin  # want CORS002
        resp.headers["Vary"] = "Origin"
    return resp
