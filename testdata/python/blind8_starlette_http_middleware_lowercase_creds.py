from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware


class Cors(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        origin = request.headers.get("origin")
        if origin:
            response.headers["access-control-allow-origin"] = origin  # want CORS001 CORS018
            response.headers["access-control-allow-credentials"] = "true"
        return response


app = Starlette()
app.add_middleware(Cors)
