from aiohttp import web


@web.middleware
async def cors_middleware(request, handler):
    response = await handler(request)
    origin = request.headers.get("Origin", "")
    if origin.startswith("https://app.harbor.dev"):  # want CORS001
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response


app = web.Application(middlewares=[cors_middleware])
