import os

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware

app = FastAPI(debug=False)

app.add_middleware(
    CORSMiddleware,
    # www and app frontends
    allow_origin_regex="https://(www|app).parcelpoint.com",  # want CORS001
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.get("/api/parcels/{parcel_id}")
def parcel(parcel_id: str):
    return {"id": parcel_id, "region": os.environ.get("REGION", "eu-west-1")}
