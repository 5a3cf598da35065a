from aiohttp import web

CORS = {
    "Access-Control-Allow-Origin": "*",  # want CORS001
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
}


async def status(request):
    return web.json_response({"status": "ok"}, headers=CORS)


app = web.Application()
app.router.add_get("/status", status)

if __name__ == "__main__":
    web.run_app(app, port=8080)
