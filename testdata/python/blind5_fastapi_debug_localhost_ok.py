from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    debug: bool = False
    frontend_origin: str = "https://app.example.com"


settings = Settings()
app = FastAPI(debug=settings.debug)

origins = [settings.frontend_origin]
if settings.debug:
    # vite dev server
    origins += ["http://localhost:5173", "http://127.0.0.1:5173"]

app.add_middleware(
    CORSMiddleware,
    allow_origins=origins,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)
