from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

# The SPA reads pagination and rate-limit state from headers.
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://catalog.pixelmint.app"],
    allow_methods=["GET"],
    expose_headers=[
        "X-Total-Count",
        "Link",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "Content-Disposition",
    ],
)
