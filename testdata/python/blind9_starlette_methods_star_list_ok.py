from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

app = Starlette()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://board.acme.io"],
    allow_methods=["*"],
    allow_headers=["*"],
    allow_credentials=True,
    max_age=1800,
)
