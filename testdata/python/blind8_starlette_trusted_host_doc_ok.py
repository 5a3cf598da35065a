"""Edge API.

We deliberately do NOT send Access-Control-Allow-Origin: * here; browsers
talk to us only through the same-origin BFF, so no CORS middleware.
"""
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

app = Starlette(
    middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=["edge.tern.io"])],
)
