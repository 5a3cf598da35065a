from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware

app = FastAPI()

# Starlette fullmatches allow_origin_regex, so no trailing $ is needed.
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"^https://(www\.)?brightpath\.edu",
    allow_methods=["GET"],
)
