from aiohttp import web


async def handler(request):
    return web.json_response({"ok": True}, headers={"Access-Control-Allow-Origin": "https://acme.com"})
