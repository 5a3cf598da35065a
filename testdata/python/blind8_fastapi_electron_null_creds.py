from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

# desktop app loads from file:// and sends Origin: null
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.quill.so", "null"],  # want CORS001
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type"],
)
