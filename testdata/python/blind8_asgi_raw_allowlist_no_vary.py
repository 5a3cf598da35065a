"""Tiny ASGI wrapper we use instead of starlette's middleware."""

ALLOWED_ORIGINS = {"https://maps.orchardline.com", "https://orchardline.com"}


class CorsASGI:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        origin = dict(scope["headers"]).get(b"origin", b"").decode()

        async def send_wrapper(message):
            if message["type"] == "http.response.start" and origin in ALLOWED_ORIGINS:
                headers = list(message.get("headers", []))
                headers.append((b"access-control-allow-origin", origin.encode()))  # want CORS018
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_wrapper)
