from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware

ALLOWED = [
    "*",  # want CORS001
]

app = FastAPI(docs_url=None)
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)
