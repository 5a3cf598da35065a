from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from . import config


async def homepage(request):
    return JSONResponse({"service": "feeds", "version": config.VERSION})


async def list_feeds(request):
    rows = await request.app.state.db.fetch_all("SELECT id, title FROM feeds")
    return JSONResponse([dict(r) for r in rows])


routes = [
    Route("/", homepage),
    Route("/feeds", list_feeds),
    Mount("/static", app=StaticFiles(directory="static"), name="static"),
]

middleware = [
    Middleware(SessionMiddleware, secret_key=config.SECRET_KEY, https_only=True),
    Middleware(
        CORSMiddleware,
        allow_origins=["https://reader.feedmill.net", "https://feedmill.net"],
        allow_methods=["*"],
        allow_headers=["*"],
        allow_credentials=True,
    ),
]

app = Starlette(debug=False, routes=routes, middleware=middleware)
