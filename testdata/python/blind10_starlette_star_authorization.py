from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

app = Starlette()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],  # want CORS008
    allow_headers=["Authorization", "Content-Type"],
    allow_methods=["GET", "POST"],
)
