from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

FRONTEND_HOSTS = ["app.lumen.io", "admin.lumen.io"]

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=[f"https://{h}" for h in FRONTEND_HOSTS] + [f"http://{h}" for h in FRONTEND_HOSTS],  # want CORS001
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization"],
)
