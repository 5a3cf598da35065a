from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://ui.bramblecode.dev"],
    expose_headers=["X-Powered-By", "X-Process-Time"],  # want CORS013
)
