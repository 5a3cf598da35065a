from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(title="kiosk-sync")

# the kiosks in the stores still run the old http build
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://kiosk.grocerly.com", "http://kiosk.grocerly.com"],  # want CORS005
    allow_methods=["GET", "POST"],
)
