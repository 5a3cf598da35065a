from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

from .routes import routes

app = Starlette(
    debug=False,
    routes=routes,
    middleware=[
        Middleware(
            CORSMiddleware,
            allow_origin_regex=r"https://[\w-]+\.workspaces\.pallet\.app",  # want CORS006
            allow_credentials=True,
            allow_methods=["*"],
        ),
    ],
)
