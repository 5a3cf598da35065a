from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://ops.acme.io"],
    allow_methods=["GET", "TRACE"],
    allow_headers=["*"],
)
