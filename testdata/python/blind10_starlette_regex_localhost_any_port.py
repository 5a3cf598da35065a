from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

app = Starlette()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://console.greyfox.app"],
    allow_origin_regex=r"http://localhost:\d+",  # want CORS007
)
