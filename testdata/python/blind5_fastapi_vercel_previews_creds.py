from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://dashboard.example.com"],
    # Vercel preview deployments: dashboard-git-<branch>-<team>.vercel.app
    allow_origin_regex=r"https://dashboard-.*\.vercel\.app",  # want CORS001
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
