from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://*.brineworks.com"],  # want CORS011
    allow_methods=["GET"],
)
