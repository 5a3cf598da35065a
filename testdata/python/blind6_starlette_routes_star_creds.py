from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

from .config import SECRET_KEY


async def me(request):
    return JSONResponse({"user": request.session.get("user")})


async def health(request):
    return JSONResponse({"ok": True})


middleware = [
    Middleware(SessionMiddleware, secret_key=SECRET_KEY, https_only=True),
    Middleware(
        CORSMiddleware,
        allow_origins=["*"],  # want CORS001
        allow_credentials=True,
        allow_methods=["GET"],
    ),
]

app = Starlette(
    routes=[Route("/me", me), Route("/health", health)],
    middleware=middleware,
)
