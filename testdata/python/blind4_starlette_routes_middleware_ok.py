from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route


async def homepage(request):
    return PlainTextResponse("ok")


routes = [Route("/", homepage)]

middleware = [
    Middleware(SessionMiddleware, secret_key="from-env-in-prod", https_only=True),
    Middleware(
        CORSMiddleware,
        allow_origins=["https://notes.example.com"],
        allow_methods=["GET", "POST"],
        allow_headers=["Authorization"],
        allow_credentials=True,
    ),
]

app = Starlette(debug=False, routes=routes, middleware=middleware)
