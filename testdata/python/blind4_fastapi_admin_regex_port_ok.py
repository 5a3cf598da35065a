from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routes import router

app = FastAPI(root_path="/internal")

# Ops consoles run on non-standard ports behind the VPN.
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://(admin|ops)\.corp\.example\.com(:\d+)?",
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
    max_age=3600,
)
app.include_router(router)
