import time
import uuid

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()


@app.middleware("http")
async def timing(request: Request, call_next):
    start = time.perf_counter()
    response = await call_next(request)
    response.headers["X-Request-ID"] = request.headers.get("X-Request-ID", str(uuid.uuid4()))
    response.headers["X-Debug-Timing"] = f"{(time.perf_counter() - start) * 1000:.1f}ms"
    return response


app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://console.sparrowdb.cloud"],
    allow_methods=["GET", "POST"],
    expose_headers=["X-Request-ID", "X-Debug-Timing"],  # want CORS013
)
