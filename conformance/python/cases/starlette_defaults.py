from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route


async def data(request):
    return JSONResponse({})


app = Starlette(routes=[Route("/data", data, methods=["GET", "POST"])])
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])
