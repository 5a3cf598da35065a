from aiohttp import web


@web.middleware
async def cors_middleware(request, handler):
    resp = await handler(request)
    resp.headers["Access-Control-Allow-Origin"] = "https://widgets.acme.io"
    resp.headers["Access-Control-Max-Age"] = "86400"  # want CORS012
    return resp
