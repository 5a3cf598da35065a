from aiohttp import web


async def handle(request):
    return web.json_response(
        {"ok": True},
        headers={
            "Access-Control-Allow-Origin": request.headers.get("Origin", "*"),  # want CORS001 CORS018
            "Access-Control-Allow-Credentials": "true",
        },
    )
