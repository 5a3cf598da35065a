from fastapi import FastAPI, Request

app = FastAPI()
WEB_ORIGIN = "https://studio.copperkite.com"


@app.middleware("http")
async def cors_headers(request: Request, call_next):
    response = await call_next(request)
    # Single trusted origin, so no Vary needed.
    response.headers["Access-Control-Allow-Origin"] = WEB_ORIGIN
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
