from aiohttp import web

routes = web.RouteTableDef()


@web.middleware
async def cors_middleware(request, handler):
    if request.method == "OPTIONS":
        response = web.Response(status=204)
    else:
        response = await handler(request)
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")  # want CORS002 CORS018
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = "Content-Type"
    return response


@routes.get("/metrics/summary")
async def summary(request):
    return web.json_response({"requests": 0})


def make_app():
    app = web.Application(middlewares=[cors_middleware])
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
