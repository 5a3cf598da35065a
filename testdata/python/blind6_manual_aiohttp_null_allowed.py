from aiohttp import web

ALLOWED = {"https://viewer.lumenpdf.com"}


async def on_prepare(request, response):
    origin = request.headers.get("Origin")
    # PDFs opened from disk and the sandboxed preview frame send "null"
    if origin == "null" or origin in ALLOWED:  # want CORS003
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"


def create_app():
    app = web.Application()
    app.on_response_prepare.append(on_prepare)
    return app
