from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

# Starlette uses fullmatch, so no ^/$ needed here.
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://(www|app)\.meridianhealth\.org",
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)
