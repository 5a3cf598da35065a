from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
# Fullmatch: the optional port cannot smuggle another host in.
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://grafana\.ops\.wildrye\.net(:\d{2,5})?",
    allow_credentials=True,
)
