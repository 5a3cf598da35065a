from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route


async def ping(request):
    return JSONResponse({"pong": True})


app = Starlette(routes=[Route("/ping", ping)])
# A plain string where a list is expected: `"*" in "https://*.example.com"` is true.
app.add_middleware(CORSMiddleware, allow_origins="https://*.example.com")
