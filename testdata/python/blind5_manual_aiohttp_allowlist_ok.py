import os

from aiohttp import web

TRUSTED = frozenset(
    {
        "https://console.example.net",
        "https://status.example.net",
    }
)


@web.middleware
async def cors_middleware(request, handler):
    origin = request.headers.get("Origin")
    if request.method == "OPTIONS":
        resp = web.Response(status=204)
    else:
        resp = await handler(request)
    resp.headers.add("Vary", "Origin")
    if origin in TRUSTED:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Access-Control-Allow-Methods"] = "GET, POST"
        resp.headers["Access-Control-Max-Age"] = "600"
    return resp


async def index(request):
    return web.json_response({"pid": os.getpid()})


def build_app():
    app = web.Application(middlewares=[cors_middleware])
    app.router.add_get("/", index)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), port=8080)
