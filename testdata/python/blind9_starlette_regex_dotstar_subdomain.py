from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

app = Starlette()
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://.*\.acme-cloud\.com",  # want CORS006
)
