from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://maps.quillfeather.com"],
    allow_methods=["GET"],
    max_age=2 * 60 * 60,  # want CORS012
)
