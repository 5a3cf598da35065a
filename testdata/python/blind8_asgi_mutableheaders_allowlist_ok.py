from starlette.datastructures import Headers, MutableHeaders

ALLOWED = ("https://desk.halyard.io",)


class CorsShim:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        origin = Headers(scope=scope).get("origin")

        async def wrapped(message):
            if message["type"] == "http.response.start" and origin in ALLOWED:
                headers = MutableHeaders(scope=message)
                headers["access-control-allow-origin"] = origin
                headers.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, wrapped)
