from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route


async def homepage(request):
    return JSONResponse({"hello": "world"})


routes = [Route("/", homepage)]

middleware = [
    Middleware(
        CORSMiddleware,
        allow_origins=["*"],  # want CORS001
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT"],
    )
]

app = Starlette(routes=routes, middleware=middleware)
