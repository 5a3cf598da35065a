# CORS is handled by the API gateway; do NOT add allow_origins=["*"] here.
from fastapi import FastAPI

app = FastAPI()


@app.get("/ping")
def ping():
    return {"pong": True}
