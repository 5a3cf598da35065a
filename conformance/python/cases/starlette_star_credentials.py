from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route


async def profile(request):
    return JSONResponse({"name": "alice"})


app = Starlette(routes=[Route("/profile", profile, methods=["GET", "PUT"])])
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["GET", "PUT"], allow_headers=["*"])
