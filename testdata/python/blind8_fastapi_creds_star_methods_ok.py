from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

ORIGINS = (
    "https://studio.lattice.so",
    "https://lattice.so",
)

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=ORIGINS,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
    max_age=3600,
)
