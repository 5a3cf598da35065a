from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

# Preview deployments are named pr-<number>.preview.example.com by CI.
# Starlette fullmatches allow_origin_regex, so no anchors are needed.
PREVIEW_ORIGINS = r"https://pr-[0-9]+\.preview\.example\.com"


async def health(request):
    return JSONResponse({"status": "ok"})


middleware = [
    Middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com", "*.preview.example.com"]),
    Middleware(
        CORSMiddleware,
        allow_origins=["https://www.example.com"],
        allow_origin_regex=PREVIEW_ORIGINS,
        allow_methods=["GET", "POST"],
        allow_credentials=True,
    ),
]

app = Starlette(routes=[Route("/health", health)], middleware=middleware)
