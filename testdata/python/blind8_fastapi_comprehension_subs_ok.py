from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

SUBDOMAINS = ("app", "admin", "docs")
ORIGINS = [f"https://{sub}.tern.io" for sub in SUBDOMAINS]

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=ORIGINS, allow_credentials=True)
