from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route


async def me(request):
    return JSONResponse({"id": 1})


app = Starlette(routes=[Route("/me", me)])
# A regex that accepts everything: credentialed echo for any site.
app.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True, allow_methods=["GET"])
