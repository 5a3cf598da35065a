from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

app = Starlette()
app = CORSMiddleware(app, allow_origins=("https://app.example.com",))
