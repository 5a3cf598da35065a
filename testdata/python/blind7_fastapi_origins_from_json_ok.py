import json
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

CONFIG = json.loads((Path(__file__).parent / "cors.json").read_text())

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=CONFIG["origins"],
    allow_credentials=True,
)
