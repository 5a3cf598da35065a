"""Open data API: anyone may call it from a browser."""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],  # want CORS008
    allow_credentials=False,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.get("/datasets")
def datasets():
    return []
