from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

api = FastAPI(title="public-api")
api.add_middleware(
    CORSMiddleware,
    allow_origins=["https://docs.emberline.io", "https://www.emberline.io"],
    allow_methods=["GET"],
    max_age=1200,
)

app = FastAPI()
app.mount("/api", api)
app.mount("/", StaticFiles(directory="site", html=True), name="site")
