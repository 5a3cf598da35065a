from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

middleware = [
    Middleware(
        CORSMiddleware,
        allow_origin_regex=r"https://.*",  # want CORS001
        allow_credentials=True,
    )
]

app = Starlette(middleware=middleware)
