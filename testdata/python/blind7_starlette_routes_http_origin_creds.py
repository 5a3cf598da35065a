from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route


async def me(request):
    return JSONResponse({"user": request.session.get("uid")})


middleware = [
    Middleware(
        CORSMiddleware,
        allow_origins=[
            "https://portal.quarrylabs.io",
            "http://portal.quarrylabs.io",  # want CORS001
        ],
        allow_credentials=True,
        allow_methods=["GET", "POST"],
    )
]

app = Starlette(routes=[Route("/me", me)], middleware=middleware)
