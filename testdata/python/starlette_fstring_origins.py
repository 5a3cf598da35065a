from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

DOMAIN = "example.com"
FRONTEND_PORT = 8443

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=[
        f"https://{DOMAIN}",
        f"https://app.{DOMAIN}:{FRONTEND_PORT}",
        f"http://admin.{DOMAIN}",  # want CORS005
    ],
    allow_methods=["GET"],
)
