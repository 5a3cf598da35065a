from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/session")
async def session(request: Request):
    return JSONResponse(
        {"user": request.cookies.get("sid")},
        headers={
            "Access-Control-Allow-Origin": request.headers.get("origin", ""),  # want CORS001 CORS018
            "Access-Control-Allow-Credentials": "true",
        },
    )
