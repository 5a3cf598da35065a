from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],  # want CORS008
    allow_credentials=False,
    allow_headers=["Authorization", "Content-Type"],
)
