from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route


async def items(request):
    return JSONResponse({"items": []})


app = Starlette(routes=[Route("/items", items, methods=["GET", "POST"])])
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com", "https://admin.example.com"],
    allow_methods=["GET", "POST"],
    allow_headers=["X-Custom"],
    expose_headers=["X-Total"],
)
