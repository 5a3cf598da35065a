from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

app = Starlette()
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://acme\.com.*",  # want CORS004
    allow_methods=["GET"],
)
