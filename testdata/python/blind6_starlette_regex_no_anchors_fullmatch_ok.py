from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

# Starlette uses fullmatch, so no ^/$ is needed.
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://(app|admin)\.tillery\.com",
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)
