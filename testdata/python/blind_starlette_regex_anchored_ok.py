from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(docs_url=None)

# fullmatch: both ends anchored by Starlette itself
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://(www|app)\.example\.com",
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    max_age=3600,
)
