from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

# The Electron shell loads from file:// and sends Origin: null.
app = Starlette(
    middleware=[
        Middleware(
            CORSMiddleware,
            allow_origins=["https://desk.quietpond.com", "null"],  # want CORS003
            allow_methods=["GET", "POST"],
        )
    ]
)
