from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

# During the hackathon we had:
# app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
# Never again.

CORS_HELP = """
Example of what NOT to do:

    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
"""

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://console.example.com"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
    expose_headers=["X-Request-ID"],
)
