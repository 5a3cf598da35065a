import re

from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

TRUSTED = re.compile(r"^https://(console|status)\.skyline\.dev")  # want CORS004


class OriginCheck(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        origin = request.headers.get("origin")
        if origin and TRUSTED.match(origin):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Vary"] = "Origin"
        return response


async def index(request):
    return JSONResponse({"hello": "world"})


app = Starlette(routes=[Route("/", index)])
app.add_middleware(OriginCheck)
