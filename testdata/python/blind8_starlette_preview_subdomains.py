from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route


async def status(request):
    return JSONResponse({"status": "ok"})


middleware = [
    Middleware(
        CORSMiddleware,
        allow_origin_regex=r"https://[a-z0-9-]+\.preview\.glasswing\.app",  # want CORS006
        allow_methods=["GET"],
    ),
]

app = Starlette(routes=[Route("/status", status)], middleware=middleware)
