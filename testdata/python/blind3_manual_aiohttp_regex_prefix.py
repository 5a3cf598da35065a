import re

from aiohttp import web

# Any getquill.com host may embed the editor.
QUILL_ORIGIN = re.compile(r"https://([a-z0-9-]+\.)?getquill\.com")  # want CORS004


@web.middleware
async def cors_middleware(request, handler):
    if request.method == "OPTIONS":
        response = web.Response(status=204)
    else:
        response = await handler(request)
    origin = request.headers.get("Origin", "")
    if QUILL_ORIGIN.match(origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Methods"] = "GET, POST"
        response.headers["Vary"] = "Origin"
    return response


async def documents(request):
    return web.json_response({"documents": []})


app = web.Application(middlewares=[cors_middleware])
app.router.add_get("/documents", documents)
app.router.add_route("OPTIONS", "/documents", documents)

if __name__ == "__main__":
    web.run_app(app, port=8080)
