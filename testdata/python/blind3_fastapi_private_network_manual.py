"""Local print agent: runs on the shop PC and is called from the hosted POS."""
from fastapi import FastAPI, Request, Response

app = FastAPI()

POS_ORIGIN = "https://pos.printbridge.io"


@app.middleware("http")
async def cors_for_pos(request: Request, call_next):
    if request.method == "OPTIONS":
        response = Response(status_code=204)
    else:
        response = await call_next(request)
    response.headers["Access-Control-Allow-Origin"] = POS_ORIGIN
    response.headers["Access-Control-Allow-Methods"] = "POST, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = "Content-Type"
    # Chrome asks before a public site may talk to a private address.
    response.headers["Access-Control-Allow-Private-Network"] = "true"  # want CORS017
    return response


@app.post("/print")
async def print_ticket(payload: dict):
    return {"queued": True}
