from starlette.applications import Starlette
from starlette.config import Config
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import Mount

from .api import routes as api_routes

config = Config(".env")
DEBUG = config("DEBUG", cast=bool, default=False)
SECRET_KEY = config("SECRET_KEY")

ALLOWED_ORIGINS = ["https://acme.com", "https://www.acme.com"]
if DEBUG:
    ALLOWED_ORIGINS += ["http://localhost:8000", "http://127.0.0.1:8000"]

middleware = [
    Middleware(SessionMiddleware, secret_key=SECRET_KEY, https_only=not DEBUG),
    Middleware(
        CORSMiddleware,
        allow_origins=ALLOWED_ORIGINS,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
    ),
]

app = Starlette(debug=DEBUG, routes=[Mount("/api", routes=api_routes)], middleware=middleware)
