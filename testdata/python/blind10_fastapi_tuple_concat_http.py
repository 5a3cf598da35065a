from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

PROD_ORIGINS = ("https://orbit.sparrowhawk.io",)
LEGACY_ORIGINS = (
    "http://legacy.sparrowhawk.io",  # want CORS005
)

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=PROD_ORIGINS + LEGACY_ORIGINS,
    allow_methods=["GET"],
)
