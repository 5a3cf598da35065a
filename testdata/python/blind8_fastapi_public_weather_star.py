"""Public read-only weather tiles. No auth, no cookies."""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(docs_url=None)

app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])  # want CORS008


@app.get("/tiles/{z}/{x}/{y}.png")
async def tile(z: int, x: int, y: int):
    return {"z": z, "x": x, "y": y}
