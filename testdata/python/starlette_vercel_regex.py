from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://shop.example.com"],
    # Preview deployments: vercel.app is a public suffix, anyone gets a name there.
    allow_origin_regex=r"https://.*\.vercel\.app",  # want CORS001
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
