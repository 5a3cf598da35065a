# The console is served from several ports of the same host during blue/green
# switches; fullmatch keeps the pattern to that one host.
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route


def ping(request):
    return PlainTextResponse("pong")


app = Starlette(
    routes=[Route("/ping", ping)],
    middleware=[
        Middleware(
            CORSMiddleware,
            allow_origin_regex=r"https://console\.acme\.com(:\d{2,5})?",
            allow_credentials=True,
            allow_methods=["GET", "POST"],
        )
    ],
)
