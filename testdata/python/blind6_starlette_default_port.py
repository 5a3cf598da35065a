from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

app = Starlette()
app.add_middleware(CORSMiddleware, allow_origins=["https://pay.wrenbank.com:443"], allow_methods=["POST"])  # want CORS011
