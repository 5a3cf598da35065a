from starlette.applications import Starlette
from starlette.config import Config
from starlette.datastructures import CommaSeparatedStrings
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

config = Config(".env")
ALLOWED_ORIGINS = config("ALLOWED_ORIGINS", cast=CommaSeparatedStrings, default="")
DEBUG = config("DEBUG", cast=bool, default=False)

app = Starlette(
    debug=DEBUG,
    middleware=[Middleware(CORSMiddleware, allow_origins=list(ALLOWED_ORIGINS), allow_methods=["GET", "POST"])],
)
